/** No-break space (U+00A0): before a colon and inside guillemets, as French typesetting asks. */
export const NBSP = "\u00a0";
/** Narrow no-break space (U+202F, « espace fine »): before ; ! and ?. */
export const NNBSP = "\u202f";

/*
 * Only spaces the text already has are made unbreakable (plus the ones missing
 * inside guillemets): no space is ever added before ":" "?" or "!", so URLs
 * ("https://…", "?q=x"), times ("13:34") and names ("Yahoo!") stay as written.
 */
const spaceBeforeColon = /[ \t\u00a0\u202f]+:/g;
const spaceBeforeMark = /[ \t\u00a0\u202f]+([;!?])/g;
const openingGuillemet = /«[ \t\u00a0\u202f]*/g;
const closingGuillemet = /[ \t\u00a0\u202f]*»/g;

/**
 * French punctuation spacing for display text: the space before « : ; ! ? »
 * and inside guillemets becomes non-breaking, so a line never starts with a
 * colon or a closing guillemet.
 * @example frenchTypography("Alibaba : « le cloud »") // "Alibaba\u00a0: «\u00a0le cloud\u00a0»"
 * @example frenchTypography("à 13:34, voir https://x.fr") // unchanged
 */
export function frenchTypography(text: string): string {
  return text
    .replace(spaceBeforeColon, `${NBSP}:`)
    .replace(spaceBeforeMark, `${NNBSP}$1`)
    .replace(openingGuillemet, `«${NBSP}`)
    .replace(closingGuillemet, `${NBSP}»`);
}
