import { looksForeign } from "./captions";
import { wordCount } from "./line-shapes";

/** A line's role as line-roles.ts writes it, by its shape only: line-roles.ts imports this file. */
type LineRole = { kind: string; why?: string; caption?: string; credit?: string; foreign?: boolean };

/** A picture's caption: a noun phrase (« Le quartier d'affaires de Sathorn »), a comma, the place or a clause on it (« à Bangkok », « où doit atterrir… »). */
const PICTURED = /^(?:Le|La|Les|L['’]|Un|Une)\s?[\p{L}-]+(?:\s[\p{Ll}-]+)?(?:\s(?:de|du|des|d['’])\s?(?:la\s|l['’])?[\p{L}'’-]+)*, (?:à|au|aux|en|dans|sur|près d[e'’]|où)\s[^,;:!?«»]{1,80}\.?$/u;

/**
 * A paragraph, not a caption: two sentences of six words or more, 180 characters in all. No caption the corpus annotates
 * is that long or holds two sentences; a paragraph above a video's title (« Vidéo : le film … ») is the text's.
 */
function paragraph(line: string): boolean {
  const sentences = line.split(/(?<=[.!?…])\s+(?=[«"“\p{Lu}])/u).filter((s) => wordCount(s) >= 6);
  return line.length > 180 && sentences.length >= 2;
}

/** Each credit line with its caption: the line above it, or the one under it when the page prints the credit first. */
export function markCreditCaptions(lines: readonly string[], roles: LineRole[], isProseLine: (line: string) => boolean): void {
  // A photo sits above the text or between paragraphs: its caption is followed, after the credit, by more prose.
  // A credit after the last paragraph credits a picture whose caption the page did not keep.
  roles.forEach((role, i) => {
    if (role.kind !== "credit" || i === 0) return;
    const previous = lines[i - 1];
    const textAfter = lines.slice(i + 1, i + 12).some((l, k) => roles[i + 1 + k].kind === "text" && isProseLine(l));
    // A masthead's name above a credit is no caption: a caption describes, in a few words at least.
    const describes = wordCount(previous) >= 4 || /[.!?…]$/.test(previous);
    // After the last paragraph, only a caption's own shape: a thing named, then where it is (« Le quai de Leava, à Futuna. »).
    const pictured = !textAfter && PICTURED.test(previous) && wordCount(previous) <= 12;
    const next = lines[i + 1];
    // The credit printed over its caption: the line under it has a caption's own shape (a thing, then where it is), the line above has not.
    const captionUnder = !!next && roles[i + 1]?.kind === "text" && PICTURED.test(next) && wordCount(next) <= 14 && !PICTURED.test(previous);
    // Under the page's header (its date, its byline) the credit has no caption above: a short line under it, prose after it, is the caption.
    const underHeader = roles[i - 1].kind === "dateline" || roles[i - 1].kind === "byline" || (roles[i - 1].kind === "furniture" && /^(?:update-stamp|time|reading-time)$/.test(roles[i - 1].why ?? ""));
    // The line at k is the credit's caption; the credit line itself is furniture.
    const captioned = (k: number) => {
      roles[k] = { kind: "caption", caption: lines[k], credit: lines[i], foreign: looksForeign(lines[k]) };
      roles[i] = { kind: "furniture", why: "credit" };
    };
    if ((captionUnder || underHeader) && next && roles[i + 1]?.kind === "text" && wordCount(next) >= 4 && wordCount(next) <= 14 && !/[?!:;,]$/.test(next) && roles[i + 2]?.kind === "text" && isProseLine(lines[i + 2])) return captioned(i + 1);
    if (roles[i - 1].kind === "text" && (textAfter || pictured) && describes && previous.length <= 300 && !/[«“][^»”]{25,}[»”]/.test(previous) && !paragraph(previous)) return captioned(i - 1);
    // Some pages print the credit above its caption: a short descriptive line under it, then a headline or a label.
    const after = roles[i + 2];
    if (next && roles[i + 1]?.kind === "text" && next.length <= 200 && /[.!?…]$/.test(next) && wordCount(next) >= 4 && after && !(after.kind === "text" && isProseLine(lines[i + 2]))) captioned(i + 1);
  });
}
