import type { CountryRole } from "../../model/schema/article";
import type { Country } from "../../model/schema/entity";
import { countryRoleLabels } from "../labels";
import type { AnnouncementRow } from "../../announcements/announcement-rows";
import { locate } from "../../announcements/location";
import { countryProjects } from "../../announcements/projects";
import { type KindDescriptor, once } from "./kind-descriptor";
import { kindSegments } from "../../site/kind-segments";

/** Countries: `/pays/<slug>`, each article with the country's part in it. */
/** A country's page adds its projects: the announcements located there (oldest first). */
export type CountryExtra = { projects: AnnouncementRow[] };

export const countryKind: KindDescriptor<"country", CountryExtra> = {
  kind: "country",
  part: "countries",
  segment: kindSegments.country,
  labels: { one: "Pays", many: "Pays", the: "Le pays", all: "Tous les pays" },
  nav: true,
  frontPage: { title: "Pays les plus cités" },
  subject: true,
  factCoCited: true,
  factPlaces: true,
  related: { prefix: "p", weight: 1 },
  // An article names a country once per role ("site" and "headquarters"): once here.
  of: (article) => once(article.countries.map((c) => c.country)),
  noteIn: (article, country) => once(article.countries.filter((c) => c.country === country).map((c) => countryRoleLabels[c.role])).join(", "),
  eachEntry(article, registry, emit) {
    const { countries, announcements } = article;
    // A country once, with every role the article gives it (a few countries: a search in place, no map per article).
    for (let i = 0; i < countries.length; i++) {
      const slug = countries[i].country.slug;
      if (countries.findIndex((c) => c.country.slug === slug) !== i) continue;
      emit(slug, undefined, countries.filter((c) => c.country.slug === slug).map((c) => c.role));
    }
    // A project's country is on the country's page even when the article's `countries` forgot it.
    for (let i = 0; i < announcements.length; i++) {
      const slug = locate(announcements[i], registry).country?.slug;
      const named = countries.some((c) => c.country.slug === slug) || announcements.slice(0, i).some((a) => locate(a, registry).country?.slug === slug);
      if (slug && !named) emit(slug);
    }
  },
  profile: (country: Country, { registry, articles }) => ({ extra: { projects: countryProjects(country.slug, articles, registry) }, exclude: { country: country.slug } }),
  summary: (country) => country.continent,
  indexPage: {
    description: "Les pays où se passent les annonces de l'archive, ou d'où viennent les entreprises qui les font.",
    intro: "Un pays compte pour un article quand quelque chose s’y passe ou y est prévu, ou quand l’entreprise qui annonce y a son siège.",
  },
  feedDescription: (country) => `Les articles de l'archive sur le cloud et les centres de données : ${country.name}.`,
  schemaType: "Country",
};
