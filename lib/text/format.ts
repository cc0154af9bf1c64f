/** @example articleCount(1) // "1 article"; articleCount(4) // "4 articles" */
export function articleCount(n: number): string {
  return `${n} article${n > 1 ? "s" : ""}`;
}
