import type { Announcement } from "../content/announcements";
import type { EntityRegistry } from "../entities/entity-registry";
import type { Country, Place } from "../schema/entity";

/**
 * Where an announcement is: its own place, else its site's (the registry's,
 * not a guess); its own country, else its place's or its site's.
 */
export function locate(announcement: Announcement, registry: EntityRegistry): { place?: Place; country?: Country } {
  const place = announcement.place ?? (announcement.site?.place ? registry.places.get(announcement.site.place) : undefined);
  const countrySlug = announcement.country?.slug ?? place?.country ?? announcement.site?.country;
  return { place, country: countrySlug ? registry.countries.get(countrySlug) : undefined };
}
