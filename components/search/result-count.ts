/** "Aucun résultat", "1 résultat", "1 234 résultats". */
export function resultCountLabel(total: number): string {
  return total === 0 ? "Aucun résultat" : `${total.toLocaleString("fr-FR")} résultat${total > 1 ? "s" : ""}`;
}

/** How many results hold every word, said when some do not: "2 avec tous les mots", "aucun avec tous les mots". */
export function completeLabel(complete: number): string {
  return `${complete === 0 ? "aucun" : complete.toLocaleString("fr-FR")} avec tous les mots`;
}
