import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 27 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ equinix: { name: "Equinix" }, orange: { name: "Orange" } })),
  countries: new Map(Object.entries({ maroc: { name: "Maroc", code: "MA", adjectives: ["marocain", "marocaine"] } })),
  places: new Map(Object.entries({ dakhla: { name: "Dakhla", country: "maroc", kind: "ville" } })),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "« ces derniers mois » is a time, not the firm named before: the next sentence's place is not the deal's",
    "Equinix a par ailleurs signé un partenariat avec l'opérateur Orange pour la connectivité du site. Plusieurs projets ont été annoncés ces derniers mois, dont un campus à Dakhla.",
    [{ by: ["equinix", "orange"], kind: "partnership", status: "completed" }],
  ],
  [
    "near miss: « ces derniers » as the subject still points back to the firms named before",
    "Equinix a par ailleurs signé un partenariat avec l'opérateur Orange pour la connectivité du site. Ces derniers vont le déployer à Dakhla.",
    [{ by: ["equinix", "orange"], kind: "partnership", status: "completed", place: "dakhla", country: "maroc" }],
  ],
  [
    "a forecast of the demand of « centres de données » growing is no facility",
    "Orange prévoit que la demande des centres de données au Maroc pourrait doubler d'ici 2030.",
    [],
  ],
  [
    "near miss: a firm building a centre to meet that demand stays a reading",
    "Pour répondre à la demande des centres de données, Equinix va construire un centre de données à Dakhla.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", place: "dakhla", country: "maroc" }],
  ],
  [
    "a prefect granting a firm « l'autorisation … nécessaire à la construction d'un campus » announces the campus, by the firm",
    "Par un arrêté du 3 mars, le préfet a accordé à la société Equinix l'autorisation environnementale nécessaire à la construction d'un campus de 50 mégawatts à Dakhla.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", place: "dakhla", country: "maroc", mw: 50 }],
  ],
  [
    "near miss: leave granted for something that is no facility announces nothing",
    "Par un arrêté du 3 mars, le préfet a accordé à la société Equinix l'autorisation de prolonger ses horaires de chantier à Dakhla.",
    [],
  ],
];

describe("announcements, round 27 (ADR 013)", () => {
  it.each(rows)("%s", (_why, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
