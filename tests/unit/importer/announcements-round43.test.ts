import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 43 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  countries: { argentine: { name: "Argentine", code: "AR", adjectives: ["argentin", "argentine", "argentins", "argentines"] } },
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
    "and « pour proposer … depuis X », where the service is served from, even after a sentence placing the firm's centre there",
    "Borealnet a inauguré un centre de données à Mendoza. Borealnet a aussi signé un accord avec Andesfibra pour proposer des services de cloud depuis Mendoza, les données restant sur place.",
    [{ by: ["boreal"], kind: "datacenter", status: "operational", place: "mendoza", country: "argentine" }, deal],
  ],
  [
    "and a selling clause that names no place, only the clients' adjective: the deal borrows none",
    "Borealnet a signé un accord avec Andesfibra, qui proposera depuis le site des services de sauvegarde aux entreprises argentines.",
    [deal],
  ],
  [
    "near miss: a deal placed before its selling clause keeps that place",
    "À Mendoza, Borealnet a signé un accord avec Andesfibra pour proposer à ses clients de l'hébergement.",
    [{ ...deal, place: "mendoza", country: "argentine" }],
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
