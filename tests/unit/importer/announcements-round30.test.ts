import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 30 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(Object.entries({ "puerto-montt": { name: "Puerto Montt", country: "chili", kind: "ville" }, "villa-alegre": { name: "Villa-Alegre", country: "chili", kind: "ville" } })),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a place named with a space is the same written with a hyphen (« Puerto-Montt »)",
    "À Puerto-Montt, la société Borealnet prévoit d'aménager un centre de données de 4 mégawatts dans une ancienne usine.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "puerto-montt", country: "chili", mw: 4 }],
  ],
  [
    "and one named with a hyphen is the same written with a space (« Villa Alegre »)",
    "Borealnet construira un centre de données à Villa Alegre.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "villa-alegre", country: "chili" }],
  ],
  [
    "near miss: a hyphenated name that goes on (« Puerto-Montt-Sud ») is another place, not taken",
    "Borealnet construira un centre de données à Puerto-Montt-Sud.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced" }],
  ],
];

describe("announcements, round 30 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
