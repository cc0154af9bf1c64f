/**
 * A size as an editor reads it in a refusal: « 1 Mo », « 1,5 Mo », « 12 Mo »
 * (French decimal comma, no trailing « ,0 », no decimals once the figure is big).
 */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1).replace(".", ",").replace(/,0$/, "")} Mo`;
}
