import { type AnnouncementRegistry, proposeAnnouncements } from "@/lib/importer/announcements/announcements";
import type { AnnouncementData } from "@/lib/model/schema/announcement";

/** A table row of the round files: what the rule does, the made-up body, the announcements expected (evidence aside). */
export type Row = [string, string, Omit<AnnouncementData, "evidence">[]];

/** The announcements proposed for a body when every registry entry is named in it, evidence aside (rows compare the rest). */
export const proposedFields = (registry: AnnouncementRegistry, body: string) =>
  proposeAnnouncements({ body, companies: [...registry.companies.keys()], countries: [...registry.countries.keys()], places: [...registry.places.keys()], registry, sites: [] }).announcements.map(
    ({ evidence: _e, ...rest }) => rest,
  );
