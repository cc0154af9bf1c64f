import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 37 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = chileRegistry;

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "« a annoncé l'ouverture d'une région à Y, …, au premier semestre 2027 »: the opening is dated by a season or a half-year after its noun, still to come",
    "Borealnet a annoncé l'ouverture d'une région cloud à Osorno, au Chili, au premier semestre 2027.",
    [{ by: ["boreal"], kind: "cloud-region", status: "announced", place: "osorno", country: "chili", year: 2027 }],
  ],
  [
    "« a annoncé l'ouverture au printemps d'une région »: the season on the opening, not on the announcement",
    "Borealnet a annoncé l'ouverture au printemps d'une nouvelle région cloud à Osorno.",
    [{ by: ["boreal"], kind: "cloud-region", status: "announced", place: "osorno", country: "chili" }],
  ],
  [
    "near miss: « a annoncé en mars l'ouverture » dates the announcement: the opening reported",
    "Borealnet a annoncé au printemps l'ouverture d'une région cloud à Osorno.",
    [{ by: ["boreal"], kind: "cloud-region", status: "operational", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 37 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
