/*
 * A firm named with its initials: « Électricité du Liban (EDL) a », « la Société des télécommunications du Tchad (Sotel) ».
 * Split from company-cues.ts, which reads these with its other cues.
 */

/** The nouns that open a public or state firm's full name: « Société des télécommunications du Tchad », « Port autonome de Conakry ». */
export const ORG = String.raw`(?:Société|Compagnie|Banque|Caisse|Port autonome|Office(?!\s+(?:fédéral|cantonal|nationale?|de la formation|de tourisme|du tourisme)(?![\p{L}])))`;

/** A name of several words, small words between them, then its initials: "Électricité du Liban (EDL)"; a subject with another (« Les Services industriels de Genève (SIG) et l'opérateur ont signé »). */
const ACRONYM_NAME = /(?<![\p{L}])(?!(?:La|Le|Les)\s)(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|des|et|la|le|l['’]|d['’])\s*)*[\p{L}][\p{L}'’-]+){1,6})\s+\((\p{Lu}{2,6})\)(?:,?\s+qui|\s+et\s+[^.!?\n,]{1,40}?\s+(?:ont|vont|signent)(?![\p{L}])|\s+(?:a|ont|ne|n['’]|va|vont|est|injectera|investira|exploite|exploitent|fournit|fournissent|construira|financera|\p{Ll}+era|\p{Ll}+ront))(?![\p{L}])/gu;

/** The same, named as a party to a deal or its agent: « a signé avec les Services industriels de Genève (SIG) », « pris en charge par Électricité du Laos (EDL) ». */
const ACRONYM_PARTNER = /(?<![\p{L}])(?:avec|entre|(?:en charge|financée?s?|exploitée?s?|gérée?s?|construite?s?|réalisée?s?|assurée?s?)\s+par)\s+(?:les\s+|la\s+|le\s+|l['’])?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|des|et|la|le|l['’]|d['’])\s*)*[\p{L}][\p{L}'’-]+){1,6})\s+\((\p{Lu}{2,6})\)/gu;

/**
 * A public or state firm's full name and its short name, wherever the text gives them: « la Société des
 * télécommunications du Tchad (Sotel) a posé », « l'Office des postes et télécommunications (OPT) ».
 */
const ORG_SHORT = new RegExp(String.raw`(?<![\p{L}])(${ORG}(?:\s+(?:(?:de|du|des|et|la|le|l['’]|d['’])\s*)*[\p{L}][\p{L}'’-]+){1,8})\s+\((\p{Lu}[\p{L}]{1,7})\)`, "gu");

/**
 * Whether `short` is made of the starts of the name's words, in order, some words
 * skipped: initials (« BAD »), syllables (« Sotel » of « Société des
 * télécommunications »), or both (« SOGEB »). The first word always gives the first letters.
 */
export function abbreviates(short: string, name: string): boolean {
  const s = foldLetter(short);
  const words = name.split(/\s+/).map((w) => foldLetter(w.replace(/^[ld]['’]/i, "")));
  // Lengths are bounded (a short name of 8 letters, a name of a few words): the search is small.
  const from = (i: number, w: number): boolean => {
    if (i === s.length) return true;
    if (w === words.length) return false;
    for (let k = 1; k <= words[w].length && s[i + k - 1] === words[w][k - 1]; k++) if (from(i + k, w + 1)) return true;
    return w > 0 && from(i, w + 1);
  };
  return s.length >= 2 && from(0, 0);
}

/**
 * "Levant Data Systems (LDS) a renoncé", "Électricité du Liban (EDL) ne fournit": an
 * organisation named with its initials and subject of a verb. The initials must be
 * those of its words (small words counted or not), so a product (« International
 * Business Exchange (IBX) ») or a person's initials are not taken.
 */
export function acronymNames(text: string): { name: string; index: number }[] {
  const initials = (words: string[]) => words.map((w) => foldLetter(w.replace(/^[ld]['’]/i, "")[0])).join("");
  const found: { name: string; index: number }[] = [];
  for (const m of [...text.matchAll(ACRONYM_NAME), ...text.matchAll(ACRONYM_PARTNER)]) {
    // The run may start on the line above (« … © Fabienne Lautric / Antilles Data Hub (ADH) »): the name is the words the initials spell.
    const all = m[1].split(/\s+/);
    for (let k = 0; k + 1 < all.length && k < 4; k++) {
      const words = all.slice(k);
      if (/^(?:de|du|des|et|la|le|l['’]|d['’])$/i.test(words[0]) || !/^\p{Lu}/u.test(words[0])) continue;
      const content = words.filter((w) => !/^(?:de|du|des|et|la|le|l['’]|d['’])$/.test(w));
      // « la Compagnie d'électricité d'Israël (IEC) »: a translated name keeps its own language's initials, the same letters in another order.
      const sorted = (s: string) => [...s].sort().join("");
      const translated = m[2].length >= 3 && sorted(initials(content)) === sorted(foldLetter(m[2]));
      if (![initials(words), initials(content)].includes(foldLetter(m[2])) && !translated) continue;
      found.push({ name: words.join(" "), index: m.index! + m[0].indexOf(m[1]) + m[1].indexOf(words[0]) });
      break;
    }
  }
  for (const m of text.matchAll(ORG_SHORT)) if (abbreviates(m[2], m[1]) || (/\p{Ll}/u.test(m[2]) && spells(m[2], m[1]))) found.push({ name: m[1], index: m.index! });
  return found;
}
/**
 * Whether a short name of three letters or more is spelt by the full name's letters in order, from its first
 * (« Socatel » of « Société centrafricaine de télécommunications »); « (Bangui) » after « Société X » is not.
 */
export function spells(short: string, name: string): boolean {
  const s = foldLetter(short), letters = foldLetter(name).replace(/[^a-z]/g, "");
  if (s.length < 3 || s[0] !== letters[0]) return false;
  let at = 0;
  for (const c of s) {
    at = letters.indexOf(c, at) + 1;
    if (!at) return false;
  }
  return true;
}
const foldLetter = (c: string | undefined) => (c ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
