import { findDateMentions } from "./dates";
import { isProseLine, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/**
 * A line that is a full date and nothing else (« 13 mai 2024 », « 1er mars 2020 »), or a year alone (« 2027 »),
 * or an agenda's day: a weekday, its day and month (« Lundi 2 mars »), the weekday standing for the year.
 */
function dateAlone(line: string): boolean {
  const trimmed = line.trim();
  if (/^(?:1[89]|2\d)\d{2}$/.test(trimmed)) return true;
  if (trimmed.length > 25) return false;
  const mention = findDateMentions(trimmed).find((m) => m.day !== undefined && m.month !== undefined && (m.year !== undefined || m.weekday !== undefined));
  return !!mention && trimmed.replace(mention.text, "").replace(/^le\s+/iu, "").trim() === "";
}

/**
 * A chronology's or a changelog's dates: lines that are a date alone, each
 * heading the event or the entry written under it (a sentence on the next
 * line, or after a short label), three of them or more on the page. Each dates
 * what follows it, not the page: they are its text, never its date line, and
 * the page's own date, if it has one, is stated apart (« Publié le … »).
 * Years alone count only beside full dates (a timeline going on into the future).
 */
export function markEntryDates(lines: readonly string[], roles: Role[]): void {
  const heads = roles.flatMap((role, i) => {
    if (!dateAlone(lines[i]) || !(role.kind === "dateline" || role.kind === "text" || role.kind === "furniture")) return [];
    if (role.kind === "furniture" && role.why !== "time" && role.why !== "counter") return [];
    // The entry: a sentence right under the date, or under a one- or two-word label (« Régions », « Bases de données »).
    const next = lines[i + 1] ?? "";
    const heads = (k: number) => roles[k]?.kind === "text" && isProseLine(lines[k]) && wordCount(lines[k]) >= 5;
    const labelled = wordCount(next) <= 3 && !dateAlone(next) && heads(i + 2);
    return heads(i + 1) || labelled ? [i] : [];
  });
  const full = heads.filter((i) => roles[i].kind === "dateline");
  // A year alone as a share counter (« 2027 ») is a year only beside full dates heading their entries.
  if (full.length < 3) return;
  // Still a date under a headline for scoring it (« L'agenda de la semaine » over « Lundi 2 mars »).
  for (const i of heads) roles[i] = { kind: "text", entry: true };
}
