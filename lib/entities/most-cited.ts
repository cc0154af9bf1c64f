/**
 * How many co-cited countries, companies or places a fact sheet lists: a
 * person writing one names the main ones, not the 240 countries a company's
 * 800 articles touch (that list alone was 64 KB of a page at 100,000 articles,
 * and its payload went out twice more). The same twelve as a search's facets.
 */
export const factSheetListMax = 12;

/** "And 2 others" says less than the two names would: a list only a few longer than the cap is shown whole. */
const worthCutting = 4;

/** The first entries of a list already ordered most cited (or strongest) first, and how many are left out. */
export function mostCited<T>(list: readonly T[], max = factSheetListMax): { shown: T[]; others: number } {
  if (list.length < max + worthCutting) return { shown: [...list], others: 0 };
  return { shown: list.slice(0, max), others: list.length - max };
}
