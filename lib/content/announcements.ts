import { z } from "zod";
import type { EntityRegistry } from "../entities/entity-registry";
import { type AnnouncementData, announcementsInContext } from "../schema/announcement";
import type { Company, Country, Place, Site } from "../schema/entity";
import { type ContentProblem, problemsFromZod } from "./content-error";

/** An announcement as pages use it: its slugs resolved to the registry's entries. */
export type Announcement = Omit<AnnouncementData, "by" | "site" | "place" | "country"> & {
  by: Company[];
  site?: Site;
  place?: Place;
  country?: Country;
};

/**
 * What an article's announcements get wrong against its body and the
 * registry (lib/schema/announcement.ts), as the editor reads it:
 * « fichier › announcements[0].evidence : absent du texte ».
 */
export function announcementProblems(file: string, announcements: readonly AnnouncementData[] | undefined, body: string, registry: EntityRegistry): ContentProblem[] {
  if (!announcements?.length) return [];
  const schema = z.object({
    announcements: announcementsInContext({
      body,
      has: {
        companies: (s) => registry.companies.has(s),
        sites: (s) => registry.sites.has(s),
        places: (s) => registry.places.has(s),
        countries: (s) => registry.countries.has(s),
      },
      countryOf: { site: (s) => registry.sites.get(s)?.country, place: (s) => registry.places.get(s)?.country },
    }),
  });
  const result = schema.safeParse({ announcements }, { reportInput: true });
  return result.success ? [] : problemsFromZod(file, result.error);
}

/** The announcements of a validated front matter (slugs known to exist) in their domain shape. */
export function resolveAnnouncements(announcements: readonly AnnouncementData[] | undefined, registry: EntityRegistry): Announcement[] {
  return (announcements ?? []).map(({ by, site, place, country, ...rest }) => ({
    ...rest,
    by: by.map((s) => registry.companies.get(s)!),
    ...(site ? { site: registry.sites.get(site)! } : {}),
    ...(place ? { place: registry.places.get(place)! } : {}),
    ...(country ? { country: registry.countries.get(country)! } : {}),
  }));
}
