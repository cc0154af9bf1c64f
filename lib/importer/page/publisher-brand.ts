import { letters } from "./publisher-names";

/*
 * A brand and its owner (publisher.ts): the page's own title against the
 * group or company that holds it, which a copyright line names as often as
 * the title. The outlet a reader names is the brand.
 */

/** A site's address suffix on a brand printed again in a footer (« Korben.info », « Nuagéo.com »). */
const ADDRESS_SUFFIX = /\.(?:com|net|org|info|fr|ch|be|ca|lu|ma|sn|ci|dz|tn|tv|news|media|io|eu)$/iu;

/** Two spellings of one brand: the same letters, case and the site's address suffix aside (« konbini », « Konbini », « Konbini.com »). */
export const sameBrand = (a: string, b: string) => {
  const [la, lb] = [letters(a.trim().replace(ADDRESS_SUFFIX, "")), letters(b.trim().replace(ADDRESS_SUFFIX, ""))];
  return la.length >= 2 && la === lb;
};

/**
 * A wordmark in lower case heading the page (« nuageo », « nuageo. »): one word
 * of four letters or more, its logo's closing dot dropped. Weak alone (a menu
 * word looks the same); it names the site only when the page prints it again.
 */
export function wordmark(line: string): string | undefined {
  const m = line.trim().match(/^(\p{Ll}[\p{Ll}\d]{3,24})\.?$/u);
  return m?.[1];
}

/** « X est une marque de Y », « X est un média de Y », « X est un site du groupe Y »: the brand and its owner, in one short line. */
const OWNERSHIP = /^(\p{Lu}[\p{L}\d&'’. -]{0,40}?) est (?:une marque|un (?:média|site|titre|magazine|journal)(?: \p{Ll}+)?) (?:du groupe |de |du |d['’])(\p{Lu}[^.!?;:]{1,50}?)\.?$/u;

export function ownership(line: string): { brand: string; owner: string } | undefined {
  const m = line.trim().match(OWNERSHIP);
  return m && m[0].split(/\s+/).length <= 14 ? { brand: m[1].trim(), owner: m[2].trim() } : undefined;
}

/**
 * « la1ere.fr » heading the page, then « Martinique la 1ère » in its menu: a
 * network's address over one edition's name — the edition publishes. The line
 * is a short name ending with the address's own letters, a place or a word
 * before them; the network's name alone, or a sentence, names no edition, and
 * neither does a reader's menu entry (« Mon actu » under « actu.fr »: « mon »,
 * « votre » open a personal page, not a place).
 */
const POSSESSIVE = /^(?:mon|ma|mes|votre|vos|notre|nos|ton|ta|tes)$/iu;

export function editionOf(domain: string, head: readonly string[]): string | undefined {
  const brand = letters(domain.trim().replace(ADDRESS_SUFFIX, ""));
  if (brand.length < 4) return undefined;
  for (const line of head) {
    const words = line.trim().split(/\s+/u);
    if (words.length < 2 || words.length > 5 || !/^\p{Lu}/u.test(words[0]) || POSSESSIVE.test(words[0]) || /[.!?:;,]$/u.test(line.trim())) continue;
    for (let k = 1; k < words.length; k++) {
      if (letters(words.slice(k).join(" ")) === brand && !words.slice(0, k).some((w) => letters(w).includes(brand))) return line.trim();
    }
  }
  return undefined;
}
