import type { Article } from "../content/article";
import { formatArchiveDate } from "../dates";
import { articlePath, entityPath } from "../routes";
import { byCountry } from "../entities/labels";
import { queryWords } from "./encoder";
import type { ResolvedWord } from "./match";
import type { SearchResult } from "./search-response";
import { type SnippetPart, type SnippetSources, makeSnippet, snippetSources } from "./snippet";

/*
 * Presenting: an article as a result line (title, date as read, source, the
 * passage that matched with its words marked, its companies and countries).
 */

/*
 * The snippet sources of the bodies shown recently: a result page's snippets
 * come from them, and popular results recur. Bounded (oldest dropped first).
 */
const bodySources = new Map<Article, SnippetSources>();
const BODY_SOURCES_MAX = 2_000;

function sourcesOf(article: Article): SnippetSources {
  // Keyed by the article itself: two archives in one process (tests, benchmarks) may share slugs.
  let sources = bodySources.get(article);
  if (sources === undefined) {
    sources = snippetSources(article.body);
    if (bodySources.size >= BODY_SOURCES_MAX) bodySources.delete(bodySources.keys().next().value!);
    bodySources.set(article, sources);
  }
  return sources;
}

const SNIPPET_LENGTH = 220;

/**
 * The passage a result shows: from the body's prose, never across a
 * subheading; else from the standfirst; else the subheading that holds the
 * query's words, alone; else the opening of the prose, unmarked.
 * @example snippetFor(snippetSources("## Francfort\n\nLe groupe a annoncé."), "…", ["annonc"], [])
 * // [{ text: "Le groupe a ", mark: false }, { text: "annoncé", mark: true }, { text: ".", mark: false }]
 */
export function snippetFor(sources: SnippetSources, summary: string, terms: string[], prefixes: string[]): SnippetPart[] {
  const marked = (parts: SnippetPart[]) => parts.some((p) => p.mark);
  const fromProse = makeSnippet(sources.prose, terms, SNIPPET_LENGTH, prefixes);
  if (marked(fromProse)) return fromProse;
  const fromSummary = makeSnippet(summary, terms, SNIPPET_LENGTH, prefixes);
  if (marked(fromSummary) || terms.length === 0) return fromSummary;
  for (const heading of sources.headings) {
    const fromHeading = makeSnippet(heading, terms, SNIPPET_LENGTH, prefixes);
    if (marked(fromHeading)) return fromHeading;
  }
  return fromProse;
}

export function toResult(article: Article, terms: string[], prefixes: string[]): SearchResult {
  const snippet = snippetFor(sourcesOf(article), article.summary, terms, prefixes);
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
