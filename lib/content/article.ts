import { type ArchiveDate, parseArchiveDate, precisionOf } from "../dates";
import type { Company, Country, Place, Theme } from "../schema/entity";
import type { CountryRole, FrontMatter } from "../schema/article";
import type { EntityRegistry } from "../entities/entity-registry";
import { type Announcement, resolveAnnouncements } from "./announcements";

/** An article as pages use it: the front matter with dates parsed and entities resolved. */
export type Article = Omit<FrontMatter, "date" | "datePrecision" | "companies" | "countries" | "themes" | "announcedBy" | "source" | "places" | "announcements"> & {
  slug: string;
  /** Path of the Markdown file, relative to the content directory. */
  file: string;
  date: ArchiveDate;
  source?: Omit<NonNullable<FrontMatter["source"]>, "date"> & { date?: ArchiveDate };
  companies: Company[];
  announcedBy: Company[];
  countries: { country: Country; role: CountryRole }[];
  places: { place: Place; role: CountryRole }[];
  themes: Theme[];
  /** Who builds, opens, invests or buys what, where: each with its sentence. */
  announcements: Announcement[];
  /** Markdown body, as in the file. */
  body: string;
  wordCount: number;
  readingMinutes: number;
};

const WORDS_PER_MINUTE = 220;

/** What `\s` matches in a JavaScript regular expression, as char codes. */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Words in a text, as `text.split(/\s+/).filter(Boolean).length` counts them,
 * without making a string per word: at every build and server start this runs
 * over every body of the archive (5 million words at 10,000 articles).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Front matter (already validated, slugs known to exist) to the domain shape.
 * Kept apart from validation so each can be tested alone.
 */
export function reshapeArticle(slug: string, file: string, data: FrontMatter, body: string, registry: EntityRegistry): Article {
  const company = (s: string) => registry.companies.get(s)!;
  const wordCount = countWords(body);
  return {
    ...data,
    slug,
    file,
    date: parseArchiveDate(data.date, data.datePrecision),
    source: data.source && {
      ...data.source,
      date: data.source.date ? parseArchiveDate(data.source.date, precisionOf(data.source.date)) : undefined,
    },
    companies: data.companies.map(company),
    announcedBy: data.announcedBy.map(company),
    countries: data.countries.map(({ slug: s, role }) => ({ country: registry.countries.get(s)!, role })),
    places: data.places.map(({ slug: s, role }) => ({ place: registry.places.get(s)!, role })),
    themes: data.themes.map((s) => registry.themes.get(s)!),
    announcements: resolveAnnouncements(data.announcements, registry),
    body: body.trim(),
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

/**
 * The same article linked to another registry (a registry change kept it,
 * its file being refused meanwhile): its entities replaced by the registry's
 * own, or undefined when the registry no longer has one of them.
 */
export function relinkArticle(article: Article, registry: EntityRegistry): Article | undefined {
  const all = <T>(items: readonly unknown[], link: (item: never) => T | undefined): T[] | undefined => {
    const linked = items.map((item) => link(item as never));
    return linked.every((item) => item !== undefined) ? (linked as T[]) : undefined;
  };
  const companies = all(article.companies, (c: Company) => registry.companies.get(c.slug));
  const announcedBy = all(article.announcedBy, (c: Company) => registry.companies.get(c.slug));
  const themes = all(article.themes, (t: Theme) => registry.themes.get(t.slug));
  const countries = all(article.countries, ({ country, role }: Article["countries"][number]) => {
    const linked = registry.countries.get(country.slug);
    return linked && { country: linked, role };
  });
  const places = all(article.places, ({ place, role }: Article["places"][number]) => {
    const linked = registry.places.get(place.slug);
    return linked && { place: linked, role };
  });
  const peopleKnown = article.people.every((p) => !p.company || registry.companies.has(p.company));
  if (!companies || !announcedBy || !themes || !countries || !places || !peopleKnown) return undefined;
  return { ...article, companies, announcedBy, themes, countries, places };
}
