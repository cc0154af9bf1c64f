import { type AnnouncementRow, oldestFirst, rowsOf } from "../../announcements/announcement-rows";
import { siteLife, type SiteLife } from "../../announcements/site-life";
import { siteKindLabels } from "../../announcements/labels";
import type { Company, Country, Place } from "../../schema/entity";
import { type KindDescriptor, once } from "./kind-descriptor";
import { kindSegments } from "./segments";

export type SiteExtra = { operators: Company[]; place?: Place; country?: Country; life: SiteLife; projects: AnnouncementRow[] };

/** Sites (campuses, data centers, cloud regions, cable landings): `/sites/<slug>`, on the articles whose announcements name them. */
export const siteKind: KindDescriptor<"site", SiteExtra> = {
  kind: "site",
  part: "sites",
  segment: kindSegments.site,
  labels: { one: "Site", many: "Sites", the: "Le site", all: "Tous les sites" },
  // Reached from /annonces, /carte and every project: the header keeps to the main indexes.
  nav: false,
  subject: false,
  factPlaces: false,
  factCoCited: false,
  of: (article) => once(article.announcements.flatMap((a) => (a.site ? [a.site] : []))),
  eachEntry(article, _registry, emit) {
    if (article.announcements.length) for (const site of once(article.announcements.flatMap((a) => (a.site ? [a.site] : [])))) emit(site.slug);
  },
  profile(site, { registry, articles }) {
    return {
      extra: {
        operators: site.operators.map((slug) => registry.companies.get(slug)!),
        place: site.place ? registry.places.get(site.place) : undefined,
        country: registry.countries.get(site.country),
        life: siteLife(site.slug, articles),
        projects: oldestFirst(rowsOf(articles, registry).filter((r) => r.announcement.site?.slug === site.slug)),
      },
      exclude: {},
    };
  },
  summary: (site, registry) => [siteKindLabels[site.kind], registry.countries.get(site.country)?.name].filter(Boolean).join(" · "),
  indexPage: {
    description: "Les campus, centres de données, régions cloud et atterrissements de câbles de l'archive, chacun avec ses annonces, ses travaux et sa mise en service.",
    intro: "Chaque site réunit les annonces qui le concernent, d’un article et d’une année à l’autre.",
  },
  feedDescription: (site) => `Les articles de l'archive sur ${site.name} : annonces, travaux, mise en service.`,
  schemaType: "Place",
  jsonLd(site, { registry }) {
    const place = site.place ? registry.places.get(site.place) : undefined;
    return {
      description: siteKindLabels[site.kind],
      ...(place ? { geo: { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon } } : {}),
      containedInPlace: { "@type": "Country", name: registry.countries.get(site.country)?.name },
    };
  },
};
