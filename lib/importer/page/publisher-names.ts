import { foldText } from "../../text/text";

/*
 * A publisher's names compared: the clues of a page (publisher.ts) that name
 * one publisher in several ways (« ACP », « Agence Centre Presse »), and the
 * name an address gives.
 */

/** A name the page prints, its weight, and where it stands (« logo », « bandeau », « copyright »…). */
export type Clue = { name: string; weight: number; why: string };

export const letters = (s: string) => foldText(s).replace(/[^a-z0-9]/g, "");
export const LINKS = new Set(["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "of", "the"]);
export const initials = (s: string) => (foldText(s).match(/[a-z0-9]+/g) ?? []).filter((w) => !LINKS.has(w)).map((w) => w[0]).join("");

/** A site's name closed by its domain's suffix (« Le Matin.ma », « Seneweb.com »). */
const DOMAIN_SUFFIX = /\.(?:com|net|org|info|fr|ma|sn|ci|dz|tn|be|ch|lu|ca|cm|bf|ml)$/iu;

/** Two names of one publisher: the same letters (a domain's suffix aside), or one the other's initials ("ACP", "Agence Centre Presse"). */
function sameName(a: string, b: string): boolean {
  const [la, lb] = [letters(a.trim().replace(DOMAIN_SUFFIX, "")), letters(b.trim().replace(DOMAIN_SUFFIX, ""))];
  // « Claire Rivoire, sénatrice de l'Isère » is Claire Rivoire with her office.
  if (la === lb || a.startsWith(`${b}, `) || b.startsWith(`${a}, `)) return true;
  const short = la.length < lb.length ? a : b;
  const long = short === a ? b : a;
  return /^\p{Lu}{2,6}$/u.test(short.trim()) && initials(long) === letters(short);
}

/** The strongest name; a spelled-out name beats its own initials, a logo or masthead beats a copyright holder. */
export function strongest(found: Clue[]): { name: string; weight: number; whys: string[] } | undefined {
  const groups: { names: Clue[]; weight: number }[] = [];
  for (const clue of found) {
    const group = groups.find((g) => g.names.some((n) => sameName(n.name, clue.name)));
    if (group) {
      group.names.push(clue);
      group.weight += clue.weight;
    } else groups.push({ names: [clue], weight: clue.weight });
  }
  const rank = (g: (typeof groups)[number]) => g.weight + (g.names.some((n) => n.why === "logo" || n.why === "bandeau") ? 0.5 : 0);
  const best = groups.sort((a, b) => rank(b) - rank(a))[0];
  if (!best) return undefined;
  // The page printing its name without the domain's suffix too (« Le Matin.ma » and « © Le Matin »): a reader calls it so.
  const plain = best.names.filter((n) => !DOMAIN_SUFFIX.test(n.name.trim()));
  const names = plain.length > 0 && plain.length < best.names.length ? plain : best.names;
  const name = [...names].sort((a, b) => b.name.length - a.name.length || b.weight - a.weight)[0].name;
  return { name, weight: best.weight, whys: [...new Set(best.names.map((n) => n.why))] };
}

/** A readable name from a host: "www.courrier-vendeen.fr" → "Courrier Vendeen". */
export function nameFromHost(host: string): string {
  const labels = host.toLowerCase().replace(/^(www\d?|m|mobile|amp|fr|news|actu)\./, "").split(".");
  // The registrable label: before the suffix, and before a second-level suffix ("co.uk", "com.au").
  const core = labels.length > 2 && /^(co|com|org|net|gouv|gov|ac)$/.test(labels.at(-2)!) ? labels.at(-3)! : labels.length > 1 ? labels.at(-2)! : labels[0];
  return core.split(/[-_]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}
