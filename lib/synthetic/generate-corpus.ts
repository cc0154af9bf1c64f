import type { z } from "zod";
import { entityFieldsOf, type frontMatterSchema } from "../model/schema/article";
import { type Country, type NamedPart, type RegistryData, namedKinds } from "../model/schema/entity";
import { slugify } from "../text/text";
import { type Random, createRandom } from "./prng";
import * as phrases from "./phrases";
import { extraEntities, syntheticCompanies } from "./synthetic-entities";

/** A synthetic article as a file would hold it: front matter (raw, as written in YAML) and Markdown body. */
type SyntheticArticle = { slug: string; frontMatter: z.input<typeof frontMatterSchema>; body: string };

export type SyntheticCorpus = { entities: RegistryData; articles: SyntheticArticle[] };

export type GenerateOptions = {
  count: number;
  seed?: number;
  /** The real registry to start from (`readRegistryFiles("content")`); synthetic entities are added to copies of it. */
  base: RegistryData;
  /** Invented companies added to the registry. */
  extraCompanies?: number;
};

function prepositionFor(country: Country): string {
  if (/s$/.test(country.name) && country.name.includes("-")) return `aux ${country.name}`;
  if (["Singapour", "Hanovre"].includes(country.name)) return `à ${country.name}`;
  return /e$/.test(country.name) && country.name !== "Mozambique" ? `en ${country.name}` : `au ${country.name}`;
}

const slugs = (entries: readonly { slug: string }[]) => entries.map((e) => e.slug);

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? "");
}

function dateFor(random: Random): { date: string; datePrecision: "day" | "month" | "year" } {
  const year = random.int(2010, 2026);
  const roll = random.next();
  const month = random.int(1, 12);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (roll < 0.6) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { date: `${year}-${pad(month)}-${pad(random.int(1, days))}`, datePrecision: "day" };
  }
  if (roll < 0.85) return { date: `${year}-${pad(month)}`, datePrecision: "month" };
  return { date: String(year), datePrecision: "year" };
}

/**
 * A deterministic corpus of `count` valid articles in French, over the real
 * registry plus invented companies and a few more countries and themes.
 * Dates spread over 2010–2026 at day, month and year precision; some
 * articles share a `story` key (2 to 4 per story).
 */
export function generateCorpus({ count, seed = 1, base, extraCompanies = 40 }: GenerateOptions): SyntheticCorpus {
  const random = createRandom(seed);
  // Each kind a text names: the real registry's entries and the invented ones it lacks.
  const pools = Object.fromEntries(
    namedKinds.map(({ part }) => [part, [...base[part], ...(extraEntities[part] ?? []).filter((e) => !base[part].some((b) => b.slug === e.slug))]]),
  ) as { [P in NamedPart]: RegistryData[P] };
  const countries = pools.countries;
  const companies = [
    ...pools.companies,
    ...syntheticCompanies(random, extraCompanies, countries.map((c) => c.slug), new Set(base.companies.map((c) => c.slug))),
  ];

  const articles: SyntheticArticle[] = [];
  const usedSlugs = new Set<string>();
  let story: { key: string; left: number } | undefined;
  let storyCount = 0;

  for (let n = 0; n < count; n++) {
    const chosenCompanies = random.chance(0.85)
      ? [...new Set([random.skewed(companies), ...Array.from({ length: random.int(0, 2) }, () => random.pick(companies))])]
      : [];
    const chosenCountries = [...new Set([random.skewed(countries), ...(random.chance(0.4) ? [random.pick(countries)] : [])])];
    // Companies and countries fill the text's slots, each with its own odds; any other kind a text names (themes) gets one to three entries, drawn apart from the text.
    const named: Partial<Record<NamedPart, string[]>> = { companies: slugs(chosenCompanies), countries: slugs(chosenCountries) };
    for (const { part } of namedKinds) named[part] ??= slugs(random.sample<{ slug: string }>(pools[part], random.int(1, 3)));
    const company = chosenCompanies[0] ?? random.pick(companies);
    const company2 = chosenCompanies[1] ?? random.pick(companies);
    const country = chosenCountries[0];
    const slots: Record<string, string> = {
      company: company.name,
      company2: company2.name,
      country: prepositionFor(country),
      countryName: country.name,
      adjective: (country.adjectives[0] ?? "international").replace(/s$/, ""),
      amount: `${random.int(2, 30)} ${random.pick(["millions", "milliards"])} ${random.pick(["d'euros", "de dollars"])}`,
      year: String(random.int(2010, 2030)),
      city: random.pick(phrases.cities),
      number: String(random.int(2, 90)),
      service: random.pick(phrases.services),
      person: `${random.pick(phrases.firstNames)} ${random.pick(phrases.lastNames)}`,
      role: random.pick(phrases.roles),
    };
    const title = fill(random.pick(phrases.titleTemplates), slots);
    const paragraphs: string[] = [];
    const paragraphCount = random.int(3, 6);
    for (let p = 0; p < paragraphCount; p++) {
      if (p > 1 && random.chance(0.3)) paragraphs.push(`## ${random.pick(phrases.headings)}`);
      paragraphs.push(random.sample(phrases.sentenceTemplates, random.int(3, 5)).map((t) => fill(t, slots)).join(" "));
    }
    let slug = slugify(title, 70);
    if (usedSlugs.has(slug)) slug = `${slug}-${n}`;
    usedSlugs.add(slug);

    if (!story && random.chance(0.08)) story = { key: `histoire-${++storyCount}`, left: random.int(2, 4) };
    const storyKey = story?.key;
    if (story && --story.left === 0) story = undefined;

    const roles = ["site", "planned", "headquarters", "market"] as const;
    articles.push({
      slug,
      frontMatter: {
        title,
        titleSource: "editorial",
        ...dateFor(random),
        source: { name: random.pick(phrases.sources), inferred: false },
        summary: fill(random.pick(phrases.summaryTemplates), slots),
        summarySource: "editorial",
        ...entityFieldsOf({
          ...named,
          announcedBy: slugs(chosenCompanies.slice(0, 1)),
          countries: chosenCountries.map((c, i) => ({ slug: c.slug, role: i === 0 ? "site" : random.pick(roles) })),
        }),
        ...(storyKey ? { story: storyKey } : {}),
        raw: `synthetique-${String(n).padStart(6, "0")}.txt`,
        // One article archived a minute after the other: deterministic, like the rest of the corpus.
        archivedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      },
      body: paragraphs.join("\n\n"),
    });
  }
  return { entities: { ...base, ...pools, companies }, articles };
}
