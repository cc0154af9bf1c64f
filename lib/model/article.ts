import { type ArchiveDate, parseArchiveDate, precisionOf } from "../text/dates";
import type { RegistryData } from "./schema/entity";
import { type CountryRole, type EntityField, type FrontMatter, entityFieldList, entityFields } from "./schema/article";
import type { EntityRegistry } from "./entity-registry";
import { type Announcement, resolveAnnouncements } from "./announcements";

type Field<F extends EntityField> = (typeof entityFields)[F];
type EntryOf<F extends EntityField> = RegistryData[Field<F>["part"]][number];
/** A field of entity slugs resolved: its entries (`Company[]`), or each `{ slug, role }` as its entry and role (`{ country, role }[]`). */
type Resolved<F extends EntityField> = Field<F> extends { entry: infer E extends string } ? ({ [K in E]: EntryOf<F> } & { role: CountryRole })[] : EntryOf<F>[];

/** An article as pages use it: the front matter with dates parsed and entities resolved. */
export type Article = Omit<FrontMatter, "date" | "datePrecision" | "source" | "announcements" | EntityField> & { [F in EntityField]: Resolved<F> } & {
  slug: string;
  /** Path of the Markdown file, relative to the content directory. */
  file: string;
  date: ArchiveDate;
  source?: Omit<NonNullable<FrontMatter["source"]>, "date"> & { date?: ArchiveDate };
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
    ...linkEntities(data, registry, (known, s) => known.get(s)!),
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
  const peopleKnown = article.people.every((p) => !p.company || registry.companies.has(p.company));
  let lost = !peopleKnown;
  const linked = linkEntities(article, registry, (known, s) => {
    const entry = known.get(s);
    lost ||= entry === undefined;
    return entry;
  });
  return lost ? undefined : { ...article, ...linked };
}

/**
 * Each entity field's slugs (front matter) or entries (an Article) as the
 * registry's entries, found by `find` (undefined: unknown to the registry).
 */
function linkEntities(
  from: Record<EntityField, readonly (string | { slug: string } | Record<string, unknown>)[]>,
  registry: EntityRegistry,
  find: (known: Map<string, unknown>, slug: string) => unknown,
): { [F in EntityField]: Resolved<F> } {
  const linked = {} as Record<EntityField, unknown[]>;
  for (const field of entityFieldList) {
    const spec: { part: keyof RegistryData; entry?: string } = entityFields[field];
    const known = registry[spec.part] as Map<string, unknown>;
    linked[field] = from[field].map((item) => {
      if (!spec.entry) return find(known, typeof item === "string" ? item : (item as { slug: string }).slug);
      const { role } = item as { role: CountryRole };
      // A front matter's item is { slug, role }, an Article's { country, role }.
      const slug = "slug" in (item as object) ? (item as { slug: string }).slug : (item as Record<string, { slug: string }>)[spec.entry].slug;
      return { [spec.entry]: find(known, slug), role };
    });
  }
  return linked as { [F in EntityField]: Resolved<F> };
}
