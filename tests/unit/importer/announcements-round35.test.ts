import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 35 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" }, andes: { name: "Andesfibra" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(Object.entries({ osorno: { name: "Osorno", country: "chili", kind: "ville" } })),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a partnership signed (« a signé … un accord … pour l'atterrissage d'un câble ») is done, whatever its purpose still to come",
    "Borealnet a signé, lundi, un accord avec la société Andesfibra pour l'atterrissage à Osorno d'un nouveau câble sous-marin.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "completed", place: "osorno", country: "chili" }],
  ],
  [
    "« a signé avec X un partenariat pour exploiter … »: the firm between the verb and the noun does not make the deal a plan",
    "Borealnet a signé avec Andesfibra un partenariat pour exploiter un centre de données.",
    [{ by: ["boreal"], kind: "partnership", status: "completed" }],
  ],
  [
    "near miss: a partnership still to be signed (« doivent signer ») stays announced",
    "Borealnet et Andesfibra doivent signer un partenariat pour exploiter un centre de données.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "announced" }],
  ],
  [
    "near miss: an accord signed to build a centre is read as the centre, still announced",
    "Borealnet a signé avec Andesfibra un accord pour construire un centre de données à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 35 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
