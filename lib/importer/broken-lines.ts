/*
 * Old pages and texts copied from PDFs or plain-text archives break their
 * paragraphs into lines of 60 to 80 characters, mid-sentence. Every other step
 * reads one paragraph per line, so such lines are joined first, with one
 * space, never across a blank line. A line is broken when it stops where no
 * sentence or heading stops (no final punctuation, or on « de », « la », a
 * comma…) and the next line goes on (a small letter, or the rest of the words
 * the first one left hanging).
 */

/** Words a sentence, a heading or a label never ends on. */
const HANGING = /(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|en|et|ou|un|une|pour|par|sur|dans|avec|sans|sous|chez|entre|vers|qui|que|qu['’]|dont|son|sa|ses|leur|leurs|ce|cette|ces|se|ne|est|sont|a|ont|plus|très|«)$/iu;

/** A line long enough to have been wrapped: headings and labels are shorter. */
const WRAPPED_MIN = 35;

/** Ends like a sentence, a quotation or a heading that stands alone. */
const CLOSED = /[.!?…:;»”"]$/u;

function continues(line: string, next: string | undefined): boolean {
  if (!next || line.length < WRAPPED_MIN || CLOSED.test(line)) return false;
  if (/^[\p{Ll}\d«(]/u.test(next) || /^(?:d|l|qu|j|n|s)['’]\p{L}/u.test(next)) return true;
  return HANGING.test(line) || line.endsWith(",");
}

/**
 * The page's lines with hard-wrapped paragraphs joined. Lines are trimmed and
 * blank ones dropped after joining. A page is taken as hard-wrapped only when
 * at least two joins are found and they are a good share of its long lines:
 * a label in small letters under a headline does not make one.
 * @example joinBrokenLines(["Le groupe a ouvert mardi à Montpellier", "un centre d'hébergement.", "", "Suite."]).lines
 * // ["Le groupe a ouvert mardi à Montpellier un centre d'hébergement.", "Suite."]
 */
export function joinBrokenLines(raw: readonly string[]): { lines: string[]; joined: number } {
  const trimmed = raw.map((l) => l.trim());
  const breaks = trimmed.map((line, i) => continues(line, trimmed[i + 1] || undefined));
  const joined = breaks.filter(Boolean).length;
  const long = trimmed.filter((l) => l.length >= WRAPPED_MIN).length;
  if (joined < 2 || joined < long * 0.3) return { lines: trimmed.filter(Boolean), joined: 0 };
  const lines: string[] = [];
  let current = "";
  trimmed.forEach((line, i) => {
    if (!line) return;
    current = current ? `${current} ${line}` : line;
    if (!breaks[i]) {
      lines.push(current);
      current = "";
    }
  });
  if (current) lines.push(current);
  return { lines, joined };
}
