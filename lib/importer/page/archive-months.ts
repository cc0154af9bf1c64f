/** A line that is only a month and its year (« Novembre 2019 »). */
const MONTH_YEAR_LINE = /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d{2}(?:\s*\(\d+\))?$/iu;

/**
 * A month-year line of an archive list: next to another month-year line, or
 * under an « Archives » heading. A month alone between prose lines (a
 * newsletter's issue, « Mars 2025 ») is left to the other rules.
 */
export function isArchiveMonth(lines: readonly string[], i: number): boolean {
  const line = lines[i]?.trim() ?? "";
  if (!MONTH_YEAR_LINE.test(line)) return false;
  const near = (j: number) => MONTH_YEAR_LINE.test(lines[j]?.trim() ?? "");
  return near(i - 1) || near(i + 1) || /^archives?(?: du (?:blog|site))?\s*:?$/iu.test(lines[i - 1]?.trim() ?? "");
}
