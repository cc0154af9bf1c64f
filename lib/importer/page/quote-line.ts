/**
 * A line of the page as the report quotes it: whole up to `max` characters,
 * enough for the editor to find it again and put it back; a longer one cut,
 * with its length (a removed line of 1 Mo is not printed in full).
 * @example quoteLine("x".repeat(300)) // "« xxx…x… (300 caractères) »", 200 x kept
 */
export const quoteLine = (text: string, max = 200) => `« ${text.length > max ? `${text.slice(0, max)}… (${text.length} caractères)` : text} »`;
