/**
 * Folds French text the way a reader types it: no accents, lower case,
 * typographic apostrophes and dashes made plain.
 * @example foldText("Côte d’Ivoire") // "cote d'ivoire"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase();
}

/**
 * Splits folded text into words: hyphens, apostrophes and punctuation separate,
 * so "e-commerce" gives ["e", "commerce"] and "l'allemagne" gives ["l", "allemagne"].
 */
export function words(text: string): string[] {
  return foldText(text).match(/[a-z0-9]+/g) ?? [];
}

/**
 * A URL slug from French text: folded, words joined by hyphens, cut at a word
 * boundary so URLs stay readable.
 * @example slugify("L’Allemagne et la Côte d’Ivoire") // "l-allemagne-et-la-cote-d-ivoire"
 */
export function slugify(text: string, maxLength = 100): string {
  let slug = "";
  for (const word of words(text)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A text to match literally inside a regular expression: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
