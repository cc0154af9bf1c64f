import type { EntityRegistry } from "../../model/entity-registry";
import type { FrontMatter } from "../../model/schema/article";
import type { Company, Place, Site } from "../../model/schema/entity";
import { slugify } from "../../text/text";
import type { Gazetteer } from "./gazetteer";
import { recogniseEntities } from "./recognise";
import { quoteLine } from "../page/quote-line";

/** Registry entries an import adds, marked `review: true` for an editor to confirm; sites come from the announcements (article-announcements.ts). */
export type Proposals = { companies: Company[]; places: Place[]; sites: Site[] };

export type ArticleEntities = Pick<FrontMatter, "companies" | "countries" | "places"> & {
  proposals: Proposals;
  /** Lines of the import report: each proposal with the sentence that shows it, the roles read. */
  report: string[];
  /** Every name recognised, as written, so the report does not call them unknown. */
  written: string[];
};

const roleNames: Record<string, string> = { site: "site", planned: "prévu", headquarters: "siège", market: "marché", mentioned: "cité" };
const quote = (text: string) => quoteLine(text);

/**
 * The front matter's companies, countries and places for an imported text:
 * registry entities, plus firms and places the registry lacks, proposed as new
 * entries (the article lists them at once, under the slugs they will have).
 */
export function articleEntities(
  text: string,
  registry: EntityRegistry,
  options: { gazetteer?: Gazetteer; publishers?: string[]; people?: string[] } = {},
): ArticleEntities {
  const found = recogniseEntities(text, registry, options);
  const report: string[] = [];
  const proposals: Proposals = { companies: [], places: [], sites: [] };
  const companies: string[] = [];
  for (const company of found.companies) {
    if (company.slug) {
      if (!companies.includes(company.slug)) companies.push(company.slug);
      continue;
    }
    const slug = slugify(company.name);
    if (!slug || companies.includes(slug)) continue;
    companies.push(slug);
    proposals.companies.push({ slug, name: company.name, aliases: company.aliases ?? [], adjectives: [], review: true });
    report.push(`entreprise proposée (${company.why}) : ${company.name}, dans ${quote(company.sentence ?? "")}`);
  }
  const places: FrontMatter["places"] = [];
  for (const place of found.places) {
    if (!places.some((p) => p.slug === place.slug)) places.push({ slug: place.slug, role: place.role });
    if (place.isNew && !proposals.places.some((p) => p.slug === place.slug)) {
      const { written: _w, role: _r, sentence, isNew: _n, ...entry } = place;
      proposals.places.push({ ...entry, review: true });
      const origin =
        place.geonames || place.kind === "ville" || place.kind === "région"
          ? "depuis le gazetteer"
          : place.kind === "commune"
            ? "(commune, aux coordonnées du chef-lieu de son arrondissement, à vérifier)"
            : /^(?:département|province|canton|état|comté|gouvernorat|préfecture|district)$/u.test(place.kind)
              ? `(${place.kind}, depuis la liste des divisions administratives)`
              : `(${place.kind}, aux coordonnées de sa ville)`;
      report.push(`lieu ajouté ${origin} : ${place.name} (${place.country}, ${place.lat}, ${place.lon}), dans ${quote(sentence)}`);
    }
  }
  const countries = found.countries.map(({ slug, role }) => ({ slug, role }));
  if (countries.length) {
    report.push(
      `pays et rôles lus dans le texte : ${found.countries.map((c) => `${c.slug} (${roleNames[c.role]}${c.via ? `, par ${c.via}` : ""})`).join(", ")}`,
    );
  }
  if (places.length) report.push(`lieux : ${places.map((p) => `${p.slug} (${roleNames[p.role]})`).join(", ")}`);
  const written = [...found.companies.flatMap((c) => [c.name, ...(c.aliases ?? [])]), ...found.places.flatMap((p) => [p.written, p.name, ...p.aliases])];
  return { companies, countries, places, proposals, report, written };
}

/** The registry with the proposals added, to validate an article written outside the archive. */
export function withProposals(registry: EntityRegistry, proposals: Proposals): EntityRegistry {
  return {
    ...registry,
    companies: new Map([...registry.companies, ...proposals.companies.map((c) => [c.slug, c] as const)]),
    places: new Map([...registry.places, ...proposals.places.map((p) => [p.slug, p] as const)]),
    sites: new Map([...registry.sites, ...proposals.sites.map((s) => [s.slug, s] as const)]),
  };
}
