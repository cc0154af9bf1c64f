import type { Article } from "../content/article";
import { formatArchiveDate } from "../dates";
import { articlePath, entityPath } from "../routes";
import { byCountry } from "../entities/labels";
import { queryWords } from "./encoder";
import type { ResolvedWord } from "./match";
import type { SearchResult } from "./search-response";
import { makeSnippet, plainText } from "./snippet";

/*
 * Presenting: an article as a result line (title, date as read, source, the
 * passage that matched with its words marked, its companies and countries).
 */

/*
 * Plain text of the bodies shown recently: a result page's snippets come from
 * them, and popular results recur. Bounded (oldest dropped first).
 */
const plainBodies = new Map<Article, string>();
const PLAIN_BODIES_MAX = 2_000;

function plainBody(article: Article): string {
  // Keyed by the article itself: two archives in one process (tests, benchmarks) may share slugs.
  let text = plainBodies.get(article);
  if (text === undefined) {
    text = plainText(article.body);
    if (plainBodies.size >= PLAIN_BODIES_MAX) plainBodies.delete(plainBodies.keys().next().value!);
    plainBodies.set(article, text);
  }
  return text;
}

export function toResult(article: Article, terms: string[], prefixes: string[]): SearchResult {
  const body = plainBody(article);
  let snippet = makeSnippet(body, terms, 220, prefixes);
  if (!snippet.some((p) => p.mark)) {
    const fromSummary = makeSnippet(article.summary, terms, 220, prefixes);
    if (fromSummary.some((p) => p.mark) || terms.length === 0) snippet = fromSummary;
  }
  return {
    slug: article.slug,
    href: articlePath(article.slug),
    title: article.title,
    date: { label: formatArchiveDate(article.date), value: article.date.value },
    source: article.source?.name,
    snippet,
    companies: article.companies.map((c) => ({ slug: c.slug, name: c.name, href: entityPath("company", c.slug) })),
    countries: byCountry(article.countries).map(({ country: c }) => ({
      slug: c.slug,
      name: c.name,
      href: entityPath("country", c.slug),
    })),
  };
}


/**
 * The query as the reader should have typed it, each word that matched
 * nowhere replaced by the word searched instead; undefined when none was.
 * @example suggestionFor("huaweii cloud", resolved) // "huawei cloud"
 */
export function suggestionFor(query: string, resolved: readonly ResolvedWord[]): string | undefined {
  if (!resolved.some((r) => r.searched !== r.word)) return undefined;
  const replaced = new Map(resolved.map((r) => [r.word, r.searched]));
  return query
    .split(" ")
    .map((token) => {
      const folded = queryWords(token);
      const replacement = folded.length === 1 ? replaced.get(folded[0].word) : undefined;
      return replacement && replacement !== folded[0].word ? replacement : token;
    })
    .join(" ");
}
