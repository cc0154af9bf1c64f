import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 43 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  countries: { argentine: { name: "Argentine", code: "AR", adjectives: ["argentin", "argentine"] } },
  places: { mendoza: { name: "Mendoza", country: "argentine", kind: "ville" } },
});
const fields = (body: string) => proposedFields(registry, body);
const deal = { by: ["boreal", "andes"], kind: "partnership" as const, status: "completed" as const };

const rows: Row[] = [
  [
    "a deal to sell hosting names where the data is hosted, not where the deal is: no place, no country",
    "Borealnet a signé un accord avec Andesfibra pour proposer à ses clients de l'hébergement à Mendoza.",
    [deal],
  ],
  [
    "so does « pour distribuer … les données restant hébergées à X », the partner named by its nationality",
    "Borealnet a signé un accord avec l'argentin Andesfibra pour distribuer ses offres de cloud, les données restant hébergées à Mendoza.",
    [deal],
  ],
  [
    "near miss: « pour proposer … des services de cloud à X », no word of hosting, is where the deal serves: its place",
    "Borealnet a signé un accord avec Andesfibra pour proposer à ses clients des services de cloud à Mendoza.",
    [{ ...deal, place: "mendoza", country: "argentine" }],
  ],
];

describe("announcements, round 43 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
