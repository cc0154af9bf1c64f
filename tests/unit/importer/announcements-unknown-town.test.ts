import { describe, expect, it } from "vitest";
import { unknownTownNamed } from "@/lib/importer/announcements/announcement-unknown-town";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/*
 * A clause naming its own town, one the registry lacks (held-out-37's 757: « Elle y prévoit de construire, à
 * Semoutiers, un campus », placed at the firm's home town named the sentence before). Made-up sentences: the rule's
 * positive, then near misses that must keep the older reading.
 */
const fields = (body: string) => proposedFields(chileRegistry, body);
const centre = { by: ["boreal"], kind: "datacenter" as const, status: "announced" as const };

const rows: Row[] = [
  [
    "« y … à X » with X unknown: no place borrowed from the sentence before (the firm's home town)",
    "Borealnet, installée à Osorno, a signé une promesse de vente avec la commune. Elle y prévoit de construire, à Quellonhue, un centre de données.",
    // The article's one country still comes (announcement-country.ts); the firm's home town does not.
    [{ ...centre, country: "chili" }],
  ],
  [
    "near miss: « y » with no town of its own still points back",
    "Borealnet, installée à Osorno, a signé une promesse de vente avec la commune. Elle y prévoit de construire un centre de données.",
    [{ ...centre, place: "osorno", country: "chili" }],
  ],
  [
    "near miss: a known town after « à » places the thing there",
    "Borealnet, installée à Osorno, a signé une promesse de vente avec la commune. Elle prévoit de construire, à Temuco, un centre de données.",
    [{ ...centre, place: "temuco", country: "chili" }],
  ],
];

describe("a clause naming a town the registry lacks", () => {
  it.each(rows)("%s", (_, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
  it("reads the town after « à », not an acronym nor a word in lower case", () => {
    expect(unknownTownNamed("Elle y prévoit de construire, à Saint-Jean-de-Losne, un campus.", [])).toBe("Saint-Jean-de-Losne");
    expect(unknownTownNamed("Le site a été cédé à EDF, qui y construira un campus.", [])).toBeUndefined();
    expect(unknownTownNamed("Elle y prévoit de construire à terme un campus.", [])).toBeUndefined();
  });
});
