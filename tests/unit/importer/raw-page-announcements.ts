import type { EntityRegistry } from "@/lib/entities/entity-registry";
import type { ImportedArticle } from "@/lib/importer/import-article";
import type { AnnouncementData } from "@/lib/schema/announcement";
import { slugify } from "@/lib/text";
import { type Expected, type Score, scoreCorpus } from "./announcement-corpus";

/*
 * The announcements score of the raw-page corpus (tests/fixtures/raw-pages):
 * what the import wrote in `announcements` against the optional
 * `"announcements"` of a page's expected.json, matched as the announcement
 * corpus matches them (a shared company and the same country; see
 * announcement-corpus.ts). Test support for raw-pages.test.ts.
 */

/** An expected announcement as written beside a page: slugs, or for a firm or place the import proposes, its name ("A | B": either place). */
export type ExpectedAnnouncement = Expected & { evidence?: string };

type Named = { slug: string; name: string; aliases?: readonly string[] };

/** The slug an expectation means: a registry or proposed entry by its slug, its name or an alias (any case or accents), else the value slugified. */
function resolver(entries: Iterable<Named>): (value: string) => string {
  const bySlug = new Map<string, string>();
  for (const e of entries) for (const n of [e.slug, e.name, ...(e.aliases ?? [])]) if (!bySlug.has(slugify(n))) bySlug.set(slugify(n), e.slug);
  return (value) => bySlug.get(slugify(value)) ?? slugify(value);
}

export type PageAnnouncements = { body: string; expected: Expected[]; proposals: AnnouncementData[] };

/** A page's expected and proposed announcements in the same slugs, with the text the evidence must come from. */
export function pageAnnouncements(expected: readonly ExpectedAnnouncement[], article: ImportedArticle, registry: EntityRegistry): PageAnnouncements {
  const fm = article.frontMatter;
  const company = resolver([...registry.companies.values(), ...article.proposals.companies]);
  const place = resolver([...registry.places.values(), ...article.proposals.places]);
  const country = resolver(registry.countries.values());
  const proposals = fm.announcements ?? [];
  const normalised = expected.map(({ evidence: _e, ...e }) => {
    const by = e.by.map(company);
    // "A | B": either place is right (a business park or its town); the one a proposal of the same firm chose, else the first.
    const places = e.place?.split(" | ").map(place) ?? [];
    const chosen = places.find((p) => proposals.some((a) => a.place === p && a.by.some((b) => by.includes(b)))) ?? places[0];
    return { ...e, by, ...(chosen ? { place: chosen } : {}), ...(e.country ? { country: country(e.country) } : {}) };
  });
  // The page's own chapeau is its text too (lib/content/load-articles.ts checks evidence against both).
  const body = fm.summarySource === "source" ? `${fm.summary}\n\n${article.body}` : article.body;
  return { body, expected: normalised, proposals };
}

/** The misses of one page, for the printed report: announcements not found, found in excess, found with a wrong field. */
export function announcementMisses(name: string, page: PageAnnouncements): string[] {
  const score = scoreCorpus([page]);
  const brief = (a: Expected) => `${a.by.join("+")} ${a.kind} ${a.place ?? a.country ?? "?"} (${a.status ?? "?"})`;
  const wrong = score.pairs.flatMap(({ expected: e, proposal: p }) => {
    const fields = [
      e.status !== p.status && `statut ${p.status} au lieu de ${e.status}`,
      e.place !== p.place && `lieu ${p.place ?? "—"} au lieu de ${e.place ?? "—"}`,
      (e.amount?.value !== p.amount?.value || e.amount?.currency !== p.amount?.currency) &&
        `montant ${p.amount ? `${p.amount.value} ${p.amount.currency}` : "—"} au lieu de ${e.amount ? `${e.amount.value} ${e.amount.currency}` : "—"}`,
      e.mw !== p.mw && `MW ${p.mw ?? "—"} au lieu de ${e.mw ?? "—"}`,
    ].filter(Boolean);
    return fields.length ? [`${name} › annonce ${brief(e)} : ${fields.join(", ")}`] : [];
  });
  return [
    ...score.missed.map((e) => `${name} › annonce manquée : ${brief(e)}`),
    ...score.extra.map((p) => `${name} › annonce en trop : ${brief(p)} « ${p.evidence.slice(0, 100)} »`),
    ...wrong,
  ];
}

const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** The pooled announcement scores of some pages, as one line of the printed report. */
export function announcementLine(label: string, pages: readonly PageAnnouncements[]): { score: Score; line: string } {
  const s = scoreCorpus([...pages]);
  const line =
    `${label} (${pages.length} pages) : annonces rappel ${s.recall.toFixed(2)} (${s.pairs.length}/${s.expected}), précision ${s.precision.toFixed(2)} (${s.pairs.length}/${s.proposed}), ` +
    `statut ${percent(s.status)}, lieu ${percent(s.place)}, montants et MW exacts ${percent(s.figures)} (${s.figureCount}), preuves verbatim ${percent(s.verbatim)}`;
  return { score: s, line };
}
