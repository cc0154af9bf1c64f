import type { Role } from "./line-roles";

/*
 * Readers' threads printed under an article: a counter (« 4 réactions »),
 * then each reply under its stamp (« Kaneza · 14 juin 2023 à 10h12 »). The
 * stamps date replies, not the article; the counter over them opens the thread.
 */

/** A reader's name or handle, a dot, a date and its hour: how a comment thread stamps each reply. */
const COMMENT_STAMP = /^[\p{L}\d][\p{L}\p{M}\d_.'’ -]{0,38}\s[·•]\s.{6,30}\s(?:à\s)?\d{1,2}\s?[h:]\s?\d{2}$/u;
/** « 4 réactions », « 12 commentaires »: a thread's counter. */
const THREAD_COUNTER = /^\d+\s(?:réactions?|commentaires?|réponses?)$/iu;

const stamp = (line: string | undefined) => !!line && COMMENT_STAMP.test(line.trim());

/**
 * A comment's stamp: past the text's start, and either a second stamp of the
 * same shape within four lines under it (a thread) or a counter just above
 * it. The same line under the headline is a byline; alone, it stays a date.
 */
export function isThreadStamp(lines: readonly string[], i: number, textStart: number): boolean {
  if (textStart < 0 || i <= textStart || !stamp(lines[i])) return false;
  const next = lines.slice(i + 1, i + 5).some((l) => stamp(l) && l.trim() !== lines[i].trim());
  const counted = lines.slice(Math.max(0, i - 3), i).some((l) => THREAD_COUNTER.test(l.trim()));
  return next || counted;
}

/**
 * A counter past the text's start with a reply's stamp within two lines under
 * it heads the thread: it closes the article as a « Commentaires » heading
 * does. A counter over a paragraph (a share bar's « 12 commentaires ») closes nothing.
 */
export function markThreadCounters(lines: readonly string[], roles: Role[], start: number): void {
  if (start < 0) return;
  for (let i = start + 1; i < lines.length; i++) {
    if (roles[i].kind !== "furniture" || !THREAD_COUNTER.test(lines[i].trim())) continue;
    if (lines.slice(i + 1, i + 3).some(stamp)) roles[i] = { kind: "furniture", why: "comments", block: "end" };
  }
}
