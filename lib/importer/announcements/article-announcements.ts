import { announcementKindLabels, statusLabels } from "../../model/announcement-labels";
import type { EntityRegistry } from "../../model/entity-registry";
import type { AnnouncementData } from "../../model/schema/announcement";
import type { Site } from "../../model/schema/entity";
import { proposeAnnouncements } from "./announcements";
import { proposeSites } from "./site-proposals";

/** What an import adds to the article and the registry from the announcements its text states. */
export type ArticleAnnouncements = {
  /** For the front matter's `announcements`, in the schema's shape. */
  announcements: AnnouncementData[];
  /** Facilities the registry lacks, proposed with `review: true`. */
  sites: Site[];
  /** The import report's lines, in French: each announcement with its evidence and how it was read. */
  report: string[];
};

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });

/** One announcement as the editor checks it: every field written out, the sentence it came from, why. */
function describe(a: AnnouncementData, why: readonly string[], registry: EntityRegistry, n: number): string {
  const name = (slug: string | undefined, part: "companies" | "places" | "countries" | "sites") => (slug ? (registry[part].get(slug)?.name ?? slug) : undefined);
  const where = [name(a.place, "places"), name(a.country, "countries")].filter(Boolean).join(", ");
  const fields = [
    announcementKindLabels[a.kind],
    a.by.length ? `par ${a.by.map((s) => name(s, "companies")).join(", ")}` : "sans entreprise nommée",
    where ? `à ${where}` : "lieu non dit",
    a.status ? statusLabels[a.status] : "état non dit",
    ...(a.mw !== undefined ? [`${number.format(a.mw)} MW`] : []),
    ...(a.amount ? [`${number.format(a.amount.value)} ${a.amount.currency}`] : []),
    ...(a.year !== undefined ? [`échéance ${a.year}`] : []),
    ...(a.site ? [`site ${a.site}`] : []),
  ];
  return `annonce ${n} proposée : ${fields.join(", ")} ; preuve : « ${a.evidence} »${why.length ? ` ; lecture : ${why.join(" ; ")}` : ""}`;
}

/**
 * The announcements an imported article states (lib/importer/announcements/announcements.ts),
 * each facility given a site (lib/importer/announcements/site-proposals.ts), and the report
 * the editor reads to check them.
 * @param text the article's own text: its chapeau when it is the page's, then its body
 * @param registry the registry with the import's proposed firms and places added
 */
export function articleAnnouncements(
  text: string,
  entities: { companies: readonly string[]; countries: readonly string[]; places: readonly string[] },
  registry: EntityRegistry,
): ArticleAnnouncements {
  const sites = [...registry.sites.values()];
  const found = proposeAnnouncements({ body: text, ...entities, registry, sites });
  const placed = proposeSites(found.announcements, {
    sites,
    companyName: (slug) => registry.companies.get(slug)?.name,
    place: (slug) => registry.places.get(slug),
  });
  const report = placed.announcements.map((a, i) => describe(a, found.why[i] ?? [], registry, i + 1));
  if (!report.length) report.push("annonces : aucune lue dans le texte");
  report.push(...found.notes.map((note) => `annonces : ${note}`), ...placed.report);
  return { announcements: placed.announcements, sites: placed.sites, report };
}
