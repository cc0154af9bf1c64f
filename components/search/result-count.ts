/** "Aucun résultat", "1 résultat", "1 234 résultats". */
export function resultCountLabel(total: number): string {
  return total === 0 ? "Aucun résultat" : `${total.toLocaleString("fr-FR")} résultat${total > 1 ? "s" : ""}`;
}
