import { type AnnouncementRegistry, proposeAnnouncements } from "@/lib/importer/announcements/announcements";
import type { AnnouncementData } from "@/lib/model/schema/announcement";

/** A table row of the round files: what the rule does, the made-up body, the announcements expected (evidence aside). */
export type Row = [string, string, Omit<AnnouncementData, "evidence">[]];

/** The announcements proposed for a body when every registry entry is named in it, evidence aside (rows compare the rest). */
export const proposedFields = (registry: AnnouncementRegistry, body: string) =>
  proposeAnnouncements({ body, companies: [...registry.companies.keys()], countries: [...registry.countries.keys()], places: [...registry.places.keys()], registry, sites: [] }).announcements.map(
    ({ evidence: _e, ...rest }) => rest,
  );

/** The made-up country most round files write their rows in: two firms, two towns of Chile. */
export const chileRegistry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" }, andes: { name: "Andesfibra" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(Object.entries({ temuco: { name: "Temuco", country: "chili", kind: "ville" }, osorno: { name: "Osorno", country: "chili", kind: "ville" } })),
};

/** A registry with more entries than another: a round's own firms or places beside the shared ones. */
export const withEntries = (
  base: AnnouncementRegistry,
  more: { [K in keyof AnnouncementRegistry]?: Record<string, AnnouncementRegistry[K] extends ReadonlyMap<string, infer V> ? V : never> },
): AnnouncementRegistry => ({
  companies: new Map([...base.companies, ...Object.entries(more.companies ?? {})]),
  countries: new Map([...base.countries, ...Object.entries(more.countries ?? {})]),
  places: new Map([...base.places, ...Object.entries(more.places ?? {})]),
});
