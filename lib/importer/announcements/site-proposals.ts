import type { AnnouncementData } from "../../model/schema/announcement";
import type { Site, SiteKind } from "../../model/schema/entity";
import { slugify } from "../../text/text";
import { FACILITY_CODE } from "./announcements";

/*
 * The sites an imported article's announcements point to. The extraction
 * already gave an announcement the existing site its text names, or the one
 * site of the same operator and place (lib/importer/announcements/announcements.ts); a
 * facility it left without one becomes a site proposed to the registry,
 * `review: true`, shared by every announcement of the article about it.
 */

/** What the registry knows that a proposed site needs: its sites, firms' and places' names. */
export type SiteContext = {
  sites: readonly Site[];
  companyName: (slug: string) => string | undefined;
  place: (slug: string) => { name: string; country: string } | undefined;
};

export type SiteProposals = {
  /** The announcements, each facility with its site. */
  announcements: AnnouncementData[];
  /** New sites for the registry, marked for review. */
  sites: Site[];
  /** For the import report, in French. */
  report: string[];
};

const FACILITY_KINDS: Partial<Record<AnnouncementData["kind"], SiteKind>> = { datacenter: "datacenter", "cloud-region": "cloud-region", cable: "cable-landing" };
const NAME_PREFIX: Record<SiteKind, string> = { campus: "Campus", datacenter: "Centre de données", "cloud-region": "Région cloud", "cable-landing": "Atterrissement de câble" };

const shared = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
/** A cable landing and a data center of one firm in one town are two facilities: a site is one or the other. */
const sameFamily = (a: SiteKind, b: SiteKind) => (a === "cable-landing") === (b === "cable-landing");
/** The announcement pointing to a site, its evidence kept last as the front matter reads best. */
const withSite = ({ evidence, ...rest }: AnnouncementData, site: string): AnnouncementData => ({ ...rest, site, evidence });

/**
 * Gives every facility an announcement is about (a data center, campus, cloud
 * region or cable landing, with who runs it and where) a site: the existing
 * one of the same operator and place, one already proposed for this article,
 * else a new one. Two existing sites of the same operator and place are
 * ambiguous: the editor chooses, nothing is proposed.
 * @example
 * // "Nuagix a inauguré un centre de données à Varsovie", Nuagix and Varsovie known, no site:
 * // → site "nuagix-varsovie", « Centre de données Nuagix, Varsovie », operators [nuagix], review: true
 */
export function proposeSites(announcements: readonly AnnouncementData[], context: SiteContext): SiteProposals {
  const proposed: Site[] = [];
  const report: string[] = [];
  const taken = new Set(context.sites.map((s) => s.slug));
  const result = announcements.map((a) => {
    const kind = FACILITY_KINDS[a.kind];
    const place = a.place ? context.place(a.place) : undefined;
    if (a.site || !kind || !a.by.length || !a.place || !place || (a.country && a.country !== place.country)) return a;
    const code = FACILITY_CODE.exec(a.evidence)?.[0];
    const existing = context.sites.filter((s) => s.place === a.place && shared(s.operators, a.by));
    if (!code && existing.length > 1) {
      report.push(`plusieurs sites possibles pour « ${a.evidence.slice(0, 80)}… » (${existing.map((s) => s.slug).join(", ")}) : site laissé vide, à choisir`);
      return a;
    }
    // One facility named twice in the article (announced, then a stage of it) is one site.
    const again = proposed.find((s) => s.place === a.place && shared(s.operators, a.by) && sameFamily(s.kind, kind) && (code ? s.aliases.includes(code) : !s.aliases.length));
    if (again) return withSite(a, again.slug);
    const operators = a.by.filter((slug) => context.companyName(slug));
    const names = operators.map((slug) => context.companyName(slug)!).join(" et ");
    const siteKind: SiteKind = kind === "datacenter" && /(?<![\p{L}])campus(?![\p{L}])/iu.test(a.evidence) ? "campus" : kind;
    const base = slugify(`${names} ${code ?? place.name}`) || slugify(`${names} site`);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    const site: Site = {
      slug,
      name: `${NAME_PREFIX[siteKind]} ${names}${code ? ` ${code}` : ""}, ${place.name}`,
      aliases: code ? [code] : [],
      adjectives: [],
      kind: siteKind,
      operators,
      place: a.place,
      country: place.country,
      review: true,
    };
    proposed.push(site);
    report.push(`site proposé au registre (review: true) : ${site.name} (${slug}), exploité par ${names}, d'après « ${a.evidence.slice(0, 120)} »`);
    return withSite(a, slug);
  });
  return { announcements: result, sites: proposed, report };
}
