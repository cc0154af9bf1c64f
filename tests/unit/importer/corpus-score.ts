import fs from "node:fs";
import path from "node:path";
import type { EntityRegistry } from "@/lib/model/entity-registry";
import { resolveName } from "@/lib/model/entity-registry";
import type { ImportedArticle } from "@/lib/importer/import-article";
import { companyKey } from "@/lib/importer/entities/company-names";
import { foldText } from "@/lib/text/text";
import type { ExpectedAnnouncement } from "./raw-page-announcements";

/*
 * Scoring of the raw-page corpus (tests/fixtures/raw-pages, see its README):
 * each page imported is compared, field by field, with what was written by hand
 * beside it. Test support, shared by raw-pages.test.ts; not a test itself.
 */

export type ExpectedPage = {
  template: string;
  /**
   * "held-out": written before the rules were tuned and looked at only after; scored apart.
   * "held-out-2": written blind (without reading the rules) after that; scored apart and report-only.
   * "held-out-3": a second blind set, written while the rules were being tuned again; scored apart and report-only.
   * "held-out-4": a third blind set, written while the rules were tuned on every page before it; scored apart and report-only.
   * "held-out-5": a fourth blind set, written the same way while the rules were tuned on every page up to the fourth; report-only.
   * "held-out-6": a fifth blind set, written the same way while the rules were tuned on every page up to the fifth; report-only.
   * "held-out-7", "held-out-8": the sixth and seventh, written the same way, report-only.
   * "held-out-9": the eighth, written the same way, report-only.
   * "held-out-10": the ninth, written the same way, report-only.
   * "held-out-11": the tenth, written the same way, report-only.
   * "held-out-12": the eleventh, written the same way, report-only.
   * "held-out-13": the twelfth, written the same way, report-only.
   * "held-out-14": the thirteenth, written the same way, report-only.
   * "held-out-15": the fourteenth, written the same way, report-only.
   * "held-out-16": the fifteenth, written the same way, report-only.
   * "held-out-17": the sixteenth, written the same way, report-only.
   * "held-out-18": the seventeenth, written the same way, report-only.
   * "held-out-19" and every later number: written the same way, report-only (a new set needs no edit here).
   */
  set?: "held-out" | `held-out-${number}`;
  headline: string;
  titleSource: "source" | "editorial";
  date: string | null;
  dateInferred?: boolean;
  author: string | null;
  authorRole?: string;
  /** The publisher the page names (any of the forms when a list), or null when it names none. */
  publisher: string | string[] | null;
  /** The address given to the importer (`--url`), when the page is imported with one. */
  url?: string;
  kept: string[];
  removed: string[];
  captions?: string[];
  /** The announcements an editor records (tests/fixtures/announcements/README.md), when the page was annotated for them. */
  announcements?: ExpectedAnnouncement[];
};

export type ExpectedEntities = {
  companies: string[];
  countries: string[];
  /** A place as written; "A | B" accepts either form. */
  places: string[];
  roles: Record<string, string>;
  notCompanies?: string[];
  notPlaces?: string[];
};

export const corpusDir = path.resolve(process.cwd(), "tests/fixtures/raw-pages");

export type CorpusPage = { name: string; raw: string; expected: ExpectedPage; entities: ExpectedEntities };

export function readCorpus(): CorpusPage[] {
  return fs
    .readdirSync(corpusDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const read = (suffix: string) => JSON.parse(fs.readFileSync(path.join(corpusDir, `${name}${suffix}`), "utf8"));
      return { name, raw: fs.readFileSync(path.join(corpusDir, file), "utf8"), expected: read(".expected.json"), entities: read(".entities.json") };
    });
}

/** Counts of one field: hits over a total, or found/expected and correct/detected for recall and precision. */
export type Tally = { hit: number; total: number };
export type PrTally = { found: number; expected: number; correct: number; detected: number };

export type PageScore = {
  name: string;
  clean: boolean;
  falseDate: boolean;
  lostSentences: number;
  tallies: Record<LineField, Tally>;
  pr: Record<EntityField, PrTally>;
  duplicates: string[];
  forbidden: string[];
  misses: string[];
};

export const LINE_FIELDS = ["headline", "date", "author", "publisher", "body kept", "furniture removed", "captions", "roles"] as const;
export const ENTITY_FIELDS = ["companies", "countries", "places"] as const;
type LineField = (typeof LINE_FIELDS)[number];
type EntityField = (typeof ENTITY_FIELDS)[number];

const fold = (s: string) => foldText(s).replace(/[^a-z0-9+]+/g, " ").trim();
const occurrences = (list: readonly string[], line: string) => list.filter((l) => l === line).length;

/** Sentences of a kept line, for counting what the body lost whatever its paragraphs. */
const sentencesOf = (line: string) => line.split(/(?<=[.!?…»])\s+(?=[«\p{Lu}\d])/u).map((s) => s.trim()).filter(Boolean);

/** Scores one imported page against its expectations. */
export function scorePage(page: CorpusPage, article: ImportedArticle, registry: EntityRegistry): PageScore {
  const { expected, entities } = page;
  const fm = article.frontMatter;
  const misses: string[] = [];
  const tallies = Object.fromEntries(LINE_FIELDS.map((f) => [f, { hit: 0, total: 0 }])) as Record<LineField, Tally>;
  const count = (field: LineField, hit: number, total: number, miss?: string) => {
    tallies[field].hit += hit;
    tallies[field].total += total;
    if (miss && hit < total) misses.push(`${page.name} › ${field} : ${miss}`);
  };

  const headlineOk = fm.title === expected.headline && fm.titleSource === expected.titleSource;
  count("headline", headlineOk ? 1 : 0, 1, `« ${fm.title} » (${fm.titleSource}), attendu « ${expected.headline} » (${expected.titleSource})`);
  const dateOk = fm.date === expected.date && (expected.date === null || fm.dateInferred === (expected.dateInferred ?? false));
  count("date", dateOk ? 1 : 0, 1, `${fm.date}${fm.dateInferred ? " (déduite)" : ""}, attendu ${expected.date}${expected.dateInferred ? " (déduite)" : ""}`);
  // A false date: one the page does not state, published as stated (an inferred one carries its evidence).
  const falseDate = fm.date !== null && fm.date !== expected.date && !(fm.dateInferred && fm.dateNote);
  const author = fm.author ?? null;
  count("author", author === expected.author ? 1 : 0, 1, `${author}, attendu ${expected.author}`);

  const publishers = expected.publisher === null ? [] : [expected.publisher].flat();
  const named = fm.source?.name;
  if (publishers.length) count("publisher", named && publishers.some((p) => fold(p) === fold(named)) ? 1 : 0, 1, `${named ?? "aucun"}, attendu ${publishers.join(" ou ")}`);
  else if (named) misses.push(`${page.name} › publisher : « ${named} » alors que la page n'en nomme aucun`);

  // A line may be furniture once and text once (a table of contents repeats the intertitles): count occurrences.
  const blocks = article.body.split("\n\n").map((b) => b.replace(/^## /, "").trim());
  const withSummary = fm.summarySource === "source" ? [fm.summary, ...blocks] : blocks;
  let allKept = true;
  let allRemoved = true;
  for (const line of new Set([...expected.kept, ...expected.removed])) {
    const keep = occurrences(expected.kept, line);
    const drop = occurrences(expected.removed, line);
    const found = occurrences(line === fm.summary && fm.summarySource === "source" ? withSummary : blocks, line);
    if (keep) {
      count("body kept", Math.min(found, keep), keep, `ligne perdue « ${line} »`);
      if (found < keep) allKept = false;
    }
    if (drop) {
      const left = Math.max(0, found - keep);
      count("furniture removed", drop - Math.min(drop, left), drop, `ligne restée « ${line} »`);
      if (left) allRemoved = false;
    }
  }
  const text = ` ${withSummary.join(" ")} `;
  const lost = expected.kept.flatMap(sentencesOf).filter((s) => !text.includes(s));
  for (const s of lost) misses.push(`${page.name} › phrase perdue « ${s} »`);

  for (const caption of expected.captions ?? []) {
    const ok = fm.captions.some((c) => c.includes(caption) || caption.includes(c.replace(/\s*\(.*\)$/, "")));
    count("captions", ok ? 1 : 0, 1, `légende absente « ${caption} »`);
  }
  const captionRepeats = fm.captions.filter((c, i) => fm.captions.indexOf(c) !== i);
  if (captionRepeats.length) misses.push(`${page.name} › captions : légende répétée « ${captionRepeats[0]} »`);

  const { pr, duplicates, forbidden } = scoreEntities(page, article, registry, misses);
  const roleEntries = Object.entries(entities.roles).filter(([slug]) => fm.countries.some((c) => c.slug === slug));
  for (const [slug, role] of roleEntries) {
    const ok = fm.countries.some((c) => c.slug === slug && c.role === role);
    count("roles", ok ? 1 : 0, 1, `rôle de ${slug} : ${fm.countries.filter((c) => c.slug === slug).map((c) => c.role).join("/")} au lieu de ${role}`);
  }
  const clean = headlineOk && dateOk && author === expected.author && allKept && allRemoved && lost.length === 0;
  return { name: page.name, clean, falseDate, lostSentences: lost.length, tallies, pr, duplicates, forbidden, misses };
}

function scoreEntities(page: CorpusPage, article: ImportedArticle, registry: EntityRegistry, misses: string[]) {
  const { entities } = page;
  const fm = article.frontMatter;
  const proposals = article.proposals;
  const miss = (text: string) => misses.push(`${page.name} · ${text}`);
  const pr = Object.fromEntries(ENTITY_FIELDS.map((f) => [f, { found: 0, expected: 0, correct: 0, detected: 0 }])) as Record<EntityField, PrTally>;

  // Companies: a registry company answers to an expected name through any of its names; a proposed one by its name.
  const companies = fm.companies.map((slug) => {
    const known = registry.companies.get(slug);
    const proposed = proposals.companies.find((c) => c.slug === slug);
    const entity = known ?? proposed;
    return { slug, label: entity?.name ?? slug, registered: !!known, forms: new Set([entity?.name ?? slug, ...(entity?.aliases ?? [])].map(fold)) };
  });
  // "A | B": a firm written in either form (its name or its initials), as for places.
  const companyMatches = (e: string, c: (typeof companies)[number]): boolean =>
    e.includes(" | ")
      ? e.split(" | ").some((form) => companyMatches(form, c))
      : c.forms.has(fold(e)) || (c.registered && resolveName(registry, e).some((r) => r.kind === "company" && r.slug === c.slug));
  const recalled = entities.companies.filter((e) => companies.some((c) => companyMatches(e, c)));
  const right = companies.filter((c) => entities.companies.some((e) => companyMatches(e, c)));
  pr.companies = { found: recalled.length, expected: entities.companies.length, correct: right.length, detected: companies.length };
  for (const e of entities.companies) if (!recalled.includes(e)) miss(`entreprise manquée : ${e}`);
  for (const c of companies) if (!right.includes(c)) miss(`entreprise en trop : ${c.label}`);
  // A name never to propose (a person, a public body, the publisher, a subsidiary's spelling); a registry company may bear it as an alias.
  const forbidden = (entities.notCompanies ?? []).filter((bad) => companies.some((c) => !c.registered && c.forms.has(fold(bad)))).map((b) => `${page.name} : entreprise ${b}`);

  // A proposal that is a registry entry under another spelling ("OVH Cloud", "Equinix Irlande").
  const registryKeys = new Map<string, string>();
  for (const c of registry.companies.values()) for (const n of [c.name, ...c.aliases]) registryKeys.set(companyKey(n), c.slug);
  const duplicates = proposals.companies.filter((p) => registryKeys.has(companyKey(p.name))).map((p) => `${page.name} : ${p.name} (= ${registryKeys.get(companyKey(p.name))})`);
  for (const p of proposals.places) if (registry.places.has(p.slug)) duplicates.push(`${page.name} : lieu ${p.name}`);

  const countries = [...new Set(fm.countries.map((c) => c.slug))];
  pr.countries = {
    found: entities.countries.filter((c) => countries.includes(c)).length,
    expected: entities.countries.length,
    correct: countries.filter((c) => entities.countries.includes(c)).length,
    detected: countries.length,
  };
  for (const c of entities.countries) if (!countries.includes(c)) miss(`pays manqué : ${c}`);
  for (const c of countries) if (!entities.countries.includes(c)) miss(`pays en trop : ${c}`);

  // Places: by any of their names, and in one of the article's countries (a homonym abroad is wrong).
  const places = fm.places.map(({ slug }) => {
    const place = registry.places.get(slug) ?? proposals.places.find((p) => p.slug === slug);
    return { label: place?.name ?? slug, country: place?.country, forms: new Set([place?.name ?? slug, ...(place?.aliases ?? [])].map(fold)) };
  });
  const alternatives = (e: string) => e.split(" | ").map(fold);
  const placeMatches = (e: string, p: (typeof places)[number]) => alternatives(e).some((a) => p.forms.has(a)) && entities.countries.includes(p.country ?? "");
  const placesRecalled = entities.places.filter((e) => places.some((p) => placeMatches(e, p)));
  const placesRight = places.filter((p) => entities.places.some((e) => placeMatches(e, p)));
  pr.places = { found: placesRecalled.length, expected: entities.places.length, correct: placesRight.length, detected: places.length };
  for (const e of entities.places) if (!placesRecalled.includes(e)) miss(`lieu manqué : ${e}`);
  for (const p of places) if (!placesRight.includes(p)) miss(`lieu en trop : ${p.label} (${p.country})`);
  for (const bad of entities.notPlaces ?? []) if (places.some((p) => p.forms.has(fold(bad)))) forbidden.push(`${page.name} : lieu ${bad}`);
  return { pr, duplicates, forbidden };
}

/** Pooled scores of a set of pages, with the goals as numbers: a page's counts, summed. */
export type Summary = Omit<PageScore, "name" | "clean" | "falseDate"> & {
  pages: number;
  clean: number;
  falseDates: string[];
};

export function summarise(scores: readonly PageScore[]): Summary {
  const tallies = Object.fromEntries(LINE_FIELDS.map((f) => [f, { hit: 0, total: 0 }])) as Record<LineField, Tally>;
  const pr = Object.fromEntries(ENTITY_FIELDS.map((f) => [f, { found: 0, expected: 0, correct: 0, detected: 0 }])) as Record<EntityField, PrTally>;
  for (const s of scores) {
    for (const f of LINE_FIELDS) {
      tallies[f].hit += s.tallies[f].hit;
      tallies[f].total += s.tallies[f].total;
    }
    for (const f of ENTITY_FIELDS) for (const k of ["found", "expected", "correct", "detected"] as const) pr[f][k] += s.pr[f][k];
  }
  return {
    pages: scores.length,
    clean: scores.filter((s) => s.clean).length,
    falseDates: scores.filter((s) => s.falseDate).map((s) => s.name),
    lostSentences: scores.reduce((n, s) => n + s.lostSentences, 0),
    tallies,
    pr,
    duplicates: scores.flatMap((s) => s.duplicates),
    forbidden: scores.flatMap((s) => s.forbidden),
    misses: scores.flatMap((s) => s.misses),
  };
}

const percent = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "—");
export const recall = (t: PrTally) => (t.expected ? t.found / t.expected : 1);
export const precision = (t: PrTally) => (t.detected ? t.correct / t.detected : 1);

/** The per-field table, in Markdown, as the decision record and the report show it. */
export function table(title: string, s: Summary): string {
  return [
    `${title} (${s.pages} pages)`,
    "| champ | score |",
    "|---|---:|",
    `| pages propres | ${percent(s.clean, s.pages)} (${s.clean}/${s.pages}) |`,
    `| dates fausses | ${s.falseDates.length} |`,
    `| phrases perdues | ${s.lostSentences} |`,
    ...LINE_FIELDS.map((f) => `| ${f} | ${percent(s.tallies[f].hit, s.tallies[f].total)} (${s.tallies[f].hit}/${s.tallies[f].total}) |`),
    ...ENTITY_FIELDS.map(
      (f) => `| ${f} R / P | ${recall(s.pr[f]).toFixed(2)} (${s.pr[f].found}/${s.pr[f].expected}) / ${precision(s.pr[f]).toFixed(2)} (${s.pr[f].correct}/${s.pr[f].detected}) |`,
    ),
    `| propositions en double | ${s.duplicates.length} |`,
  ].join("\n");
}

/** The numbered blind sets from the fourth on: scored and printed, never failing the suite. */
export const REPORT_ONLY_SET = /^held-out-([4-9]|[1-9][0-9]+)$/;

/** The report-only sets the corpus holds, in the order they were written (by their number). */
export const reportOnlySetsOf = (sets: Iterable<string | undefined>): string[] =>
  [...new Set([...sets].filter((set): set is string => !!set && REPORT_ONLY_SET.test(set)))].sort(
    (a, b) => Number(a.slice("held-out-".length)) - Number(b.slice("held-out-".length)),
  );
