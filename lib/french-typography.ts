/** No-break space (U+00A0): before a colon and inside guillemets, as French typesetting asks. */
export const NBSP = "\u00a0";
/** Narrow no-break space (U+202F, « espace fine »): before ; ! and ?. */
export const NNBSP = "\u202f";

/*
 * Only spaces the text already has are made unbreakable (plus the ones missing
 * inside guillemets): no space is ever added before ":" "?" or "!", so URLs
 * ("https://…", "?q=x"), times ("13:34") and names ("Yahoo!") stay as written.
 * One scan over the text: the regular expressions this replaces
 * (/[ \t\u00a0\u202f]+:/g…) tried every start in a run of blanks, and a long
 * run before no mark took them quadratic time.
 */
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
const [colon, semicolon, exclamation, question, opening, closing] = [":", ";", "!", "?", "«", "»"].map((c) => c.charCodeAt(0));

/**
 * French punctuation spacing for display text: the space before « : ; ! ? »
 * and inside guillemets becomes non-breaking, so a line never starts with a
 * colon or a closing guillemet.
 * @example frenchTypography("Alibaba : « le cloud »") // "Alibaba\u00a0: «\u00a0le cloud\u00a0»"
 * @example frenchTypography("à 13:34, voir https://x.fr") // unchanged
 */
export function frenchTypography(text: string): string {
  let out = "";
  // text[copied, i) is copied as it is once something must change.
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === opening) {
      // The blanks after an opening guillemet, however many (none included), become one no-break space.
      out += `${text.slice(copied, i)}«${NBSP}`;
      i++;
      while (i < text.length && isBlank(text.charCodeAt(i))) i++;
      copied = i;
    } else if (c === closing) {
      out += text.slice(copied, i);
      // One no-break space before "»", the one after an opening "«" included ("« »").
      out += out.endsWith(`«${NBSP}`) ? "»" : `${NBSP}»`;
      copied = ++i;
    } else if (!isBlank(c)) {
      i++;
    } else {
      const start = i;
      while (i < text.length && isBlank(text.charCodeAt(i))) i++;
      const next = text.charCodeAt(i);
      const mark = next === colon ? NBSP : next === semicolon || next === exclamation || next === question ? NNBSP : next === closing ? "" : undefined;
      if (mark !== undefined) {
        out += text.slice(copied, start) + mark;
        copied = i;
      }
    }
  }
  return out + text.slice(copied);
}
