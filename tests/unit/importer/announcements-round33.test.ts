import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 33 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(
    Object.entries({
      temuco: { name: "Temuco", country: "chili", kind: "ville" },
      osorno: { name: "Osorno", country: "chili", kind: "ville" },
    }),
  ),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a site's capacity named by its town (« doubler la capacité de Temuco ») places what is announced there",
    "Borealnet va investir pour doubler la capacité de Temuco d'ici 2026.",
    [{ by: ["boreal"], kind: "investment", status: "announced", place: "temuco", country: "chili", year: 2026 }],
  ],
  [
    "near miss: « en capacité de … » (able to) before a town names no site",
    "Borealnet ouvrira un centre de données à Osorno, en capacité de servir Temuco.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 33 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
