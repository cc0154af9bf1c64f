import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 33 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" } })),
  countries: new Map(
    Object.entries({
      chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] },
      allemagne: { name: "Allemagne", code: "DE", adjectives: ["allemand", "allemande"] },
    }),
  ),
  places: new Map(
    Object.entries({
      temuco: { name: "Temuco", country: "chili", kind: "ville" },
      osorno: { name: "Osorno", country: "chili", kind: "ville" },
      nordmark: { name: "Nordmark", country: "allemagne", kind: "land" },
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
  [
    "a German state said « dans le Land de X, en Allemagne » is where the region opened is",
    "Borealnet a annoncé l'ouverture de sa première région cloud, installée dans le Land de Nordmark, en Allemagne.",
    [{ by: ["boreal"], kind: "cloud-region", status: "operational", place: "nordmark", country: "allemagne" }],
  ],
  [
    "near miss: a firm based in a Land (« basée dans le Land de X ») opening a centre elsewhere keeps the centre's town",
    "Borealnet, une société basée dans le Land de Nordmark, ouvrira un centre de données à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 33 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
