import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 25 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ rte: { name: "RTE" }, equinix: { name: "Equinix" } })),
  countries: new Map(Object.entries({ france: { name: "France", code: "FR", adjectives: ["français", "française"] } })),
  places: new Map(
    Object.entries({
      lyon: { name: "Lyon", country: "france", kind: "ville" },
      vienne: { name: "Vienne", country: "france", kind: "ville" },
      brignais: { name: "Brignais", country: "france", kind: "ville" },
    }),
  ),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a new line « entre X et Y » is placed at its first end",
    "RTE prévoit de construire une nouvelle ligne à haute tension entre Vienne et Lyon, un chantier de 200 millions d'euros.",
    [{ by: ["rte"], kind: "other", status: "announced", place: "vienne", country: "france", amount: { value: 200_000_000, currency: "EUR" } }],
  ],
  [
    "a line « depuis le poste de X » is placed at the substation it leaves",
    "RTE devra construire une ligne souterraine de 9 kilomètres depuis le poste de Brignais, pour 20 millions d'euros.",
    [{ by: ["rte"], kind: "other", status: "announced", place: "brignais", country: "france", amount: { value: 20_000_000, currency: "EUR" } }],
  ],
  [
    "« le poste électrique de X » places the works at the substation",
    "RTE prévoit de renforcer le poste électrique de Brignais, un chantier de 30 millions d'euros.",
    [{ by: ["rte"], kind: "other", status: "announced", place: "brignais", country: "france", amount: { value: 30_000_000, currency: "EUR" } }],
  ],
  [
    "near miss: a « poste » that is no substation (« le poste de police de X ») places nothing",
    "Equinix va construire un centre de données de 20 MW face au poste de police de Lyon.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", mw: 20 }],
  ],
  [
    "near miss: « depuis » with no line nor substation stays background, no place",
    "Equinix, présent depuis Lyon, va construire un centre de données de 20 MW.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", mw: 20 }],
  ],
];

describe("announcement extraction, round 25", () => {
  it.each(rows)("%s", (_label, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});

const permits: Row[] = [
  [
    "a building permit « accordé … à la société X »: « Le projet » of the next sentence is X's, with its figures",
    "Le tribunal a suspendu jeudi le permis de construire accordé en avril par la mairie à la société Equinix.\n\nLe projet, d'un montant de 180 millions d'euros, prévoyait un bâtiment de 36 mégawatts à Lyon.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", place: "lyon", country: "france", amount: { value: 180_000_000, currency: "EUR" }, mw: 36 }],
  ],
  [
    "near miss: a permit refused to nobody named leaves « Le projet » with no firm",
    "Le tribunal a suspendu jeudi le permis de construire accordé en avril par la mairie.\n\nLe projet, d'un montant de 180 millions d'euros, prévoyait un bâtiment de 36 mégawatts à Lyon.",
    [],
  ],
];

describe("announcement extraction, round 25: a permit's holder", () => {
  it.each(permits)("%s", (_label, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});

const edges: Row[] = [
  ["« en lisière de X » is where a site is", "Equinix va construire un centre de données de 20 MW en lisière de Lyon.", [{ by: ["equinix"], kind: "datacenter", status: "announced", place: "lyon", country: "france", mw: 20 }]],
  ["near miss: « loin de la lisière de X » places nothing", "Equinix va construire un centre de données de 20 MW, loin de la lisière de Lyon.", [{ by: ["equinix"], kind: "datacenter", status: "announced", mw: 20 }]],
];

describe("announcement extraction, round 25: the edge of a place", () => {
  it.each(edges)("%s", (_label, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
