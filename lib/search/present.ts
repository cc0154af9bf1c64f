import type { Article } from "../content/article";
import { formatArchiveDate } from "../dates";
import { articlePath, entityPath } from "../routes";
import { byCountry } from "../entities/labels";
import { words } from "../text";
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

/** The words of a query as the reader wrote them, by folded word: "Sécurité" for "securite". */
function writtenWords(query: string): Map<string, string> {
  const written = new Map<string, string>();
  for (const piece of query.match(wordPiece) ?? []) {
    const folded = words(piece);
    if (folded.length === 1 && !written.has(folded[0])) written.set(folded[0], piece);
  }
  return written;
}

/** A run of letters, digits and marks: a word as written (a simple class repeated: linear, no backtracking). */
const wordPiece = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The query's words an article does not hold, as the reader wrote them (a
 * corrected word as corrected, the heading showing the corrected query), for
 * its « sans : » line.
 * @param mask bit i set: the article holds word i of `resolved`
 * @example missingWords("OVH inauguration", resolved, 0b01) // ["inauguration"]
 */
export function missingWords(query: string, resolved: readonly ResolvedWord[], mask: number): string[] {
  const written = writtenWords(query);
  return resolved.flatMap((r, i) => (mask & (1 << i) ? [] : [r.searched !== r.word ? r.searched : (written.get(r.word) ?? r.word)]));
}

/**
 * The query as the reader should have typed it, each word the archive does
 * not know replaced by the word searched instead (punctuation and hyphens
 * kept); undefined when none was, or when the result reads as the query
 * itself, so "Rechercher plutôt" never offers the query again.
 * @example suggestionFor("huaweii cloud", resolved) // "huawei cloud"
 */
export function suggestionFor(query: string, resolved: readonly ResolvedWord[]): string | undefined {
  const replaced = new Map(resolved.filter((r) => r.searched !== r.word).map((r) => [r.word, r.searched]));
  if (!replaced.size) return undefined;
  const suggestion = query.replace(wordPiece, (piece) => {
    const folded = words(piece);
    return folded.length === 1 ? (replaced.get(folded[0]) ?? piece) : piece;
  });
  return words(suggestion).join(" ") === words(query).join(" ") ? undefined : suggestion;
}
