/*
 * A press release forwarded by e-mail: the page opens on the mail's headers
 * (« De : », « Envoyé : », « À : », « Objet : »), the sender's note and its
 * signature, then, under « -----Message d'origine----- », the headers of the
 * message forwarded, then the release itself. Everything down to the last of
 * those header blocks is the envelope: who sent what to whom, never the article.
 */

/** A header line of a mail, in French or English: its field, a colon, a value. */
const HEADER = /^(?:De|Envoyé|À|A|Cc|Cci|Objet|Date|From|Sent|To|Subject)\s?:\s*\S/u;
/** A field only a mail's header has: the sender or the subject. */
const MAIL_FIELD = /^(?:De|From|Objet|Subject)\s?:/u;
/** The line a mail client prints above the message forwarded. */
const SEPARATOR = /^-{2,}\s*(?:Message d'origine|Message transféré|Original Message|Forwarded message)\s*-{2,}$/iu;
/** Lines between two header blocks: the sender's note, greeting and signature, a few lines at most. */
const NOTE_LINES = 10;

/**
 * The index of the first line after the page's mail envelope, 0 when the page
 * does not open on a mail's headers. A header block is two header lines or
 * more in a row, with a sender or a subject; the first opens the page, the
 * next ones follow the one before within a short note.
 */
export function mailEnvelopeEnd(lines: readonly string[]): number {
  let end = 0;
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].trim() || SEPARATOR.test(lines[i].trim())) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && HEADER.test(lines[j].trim())) j++;
    const block = lines.slice(i, j);
    if (j - i >= 2 && block.some((l) => MAIL_FIELD.test(l.trim())) && block.some((l) => /^(?:Objet|Subject)\s?:/u.test(l.trim()) || /^(?:Envoyé|Sent|Date)\s?:/u.test(l.trim()))) {
      end = j;
      i = j;
      continue;
    }
    // Past the first block, a short note may stand before the next; a page not opening on headers has no envelope.
    if (end === 0 || i - end >= NOTE_LINES) break;
    i = Math.max(j, i + 1);
  }
  return end;
}
