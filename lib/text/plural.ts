const frenchPlurals = new Intl.PluralRules("fr");

/**
 * A word in the form French gives it for a count: singular for 0 and 1 (and
 * 1.5), plural from 2, by the language's own rule rather than `n > 1`.
 * `many` defaults to `one` with an s; give it when the plural is irregular or
 * when several words agree (« fichiers refusés »).
 * @example plural(1, "article") // "article"
 * @example plural(0, "fichier refusé", "fichiers refusés") // "fichier refusé"
 * @example plural(3, "fichier refusé", "fichiers refusés") // "fichiers refusés"
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return frenchPlurals.select(count) === "one" ? one : many;
}

/**
 * A count followed by its word, separated as given (a no-break space where the
 * two must stay on one line).
 * @example counted(2, "annonce") // "2 annonces"
 * @example counted(1, "annonce", undefined, "\u00a0") // "1\u00a0annonce"
 */
export function counted(count: number, one: string, many = `${one}s`, separator = " "): string {
  return `${count}${separator}${plural(count, one, many)}`;
}

/** @example articleCount(1) // "1 article"; articleCount(4) // "4 articles" */
export function articleCount(n: number): string {
  return counted(n, "article");
}
