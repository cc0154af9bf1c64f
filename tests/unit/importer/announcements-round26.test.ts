import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 26 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ equinix: { name: "Equinix" }, oracle: { name: "Oracle" }, ibm: { name: "IBM" }, scaleway: { name: "Scaleway" } })),
  countries: new Map(Object.entries({ france: { name: "France", code: "FR", adjectives: ["français", "française"] } })),
  places: new Map(
    Object.entries({
      lyon: { name: "Lyon", country: "france", kind: "ville" },
      vienne: { name: "Vienne", country: "france", kind: "ville" },
      "zone-des-iles": { name: "zone des Îles", country: "france", kind: "zone" },
    }),
  ),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "several firms and « de nouvelles … » sum the article up: no announcement",
    "Ces derniers mois, Oracle, IBM et Equinix ont annoncé de nouvelles régions cloud en Europe.",
    [],
  ],
  [
    "near miss: several firms and one new facility stay a reading",
    "Oracle et IBM vont construire un nouveau centre de données à Lyon.",
    [{ by: ["oracle", "ibm"], kind: "datacenter", status: "announced", place: "lyon", country: "france" }],
  ],
  [
    "jobs a site will create (« Le site doit créer … emplois ») are no facility of their own",
    "Equinix cible les banques et les assureurs de la région. Le site doit créer une cinquantaine d'emplois.",
    [],
  ],
  [
    "near miss: a sentence that names jobs and a new facility with its size stays a reading",
    "Equinix va construire un centre de données de 20 MW à Vienne, qui doit créer une cinquantaine d'emplois.",
    [{ by: ["equinix"], kind: "datacenter", status: "announced", place: "vienne", country: "france", mw: 20 }],
  ],
  [
    "a project given up, read with and without its place in the relative clause, is told once, placed",
    "Scaleway a renoncé à construire le centre de données qu'il avait annoncé il y a deux ans dans la zone industrielle, à Vienne.",
    [{ by: ["scaleway"], kind: "datacenter", status: "cancelled", place: "vienne", country: "france" }],
  ],
  [
    "near miss: an unplaced reading in another state than the placed one stays",
    "Scaleway a renoncé à construire un centre de données à Lyon, mais le groupe construira un centre de données de 5 MW.",
    [
      { by: ["scaleway"], kind: "datacenter", status: "cancelled", place: "lyon", country: "france" },
      { by: ["scaleway"], kind: "datacenter", status: "announced", mw: 5 },
    ],
  ],
  [
    "a town opening the sentence frames the zone its clause names with « dans la »: one reading, at the zone",
    "À Vienne, Equinix a renoncé à un centre de données de 20 MW qu'il voulait construire dans la zone des Îles.",
    [{ by: ["equinix"], kind: "datacenter", status: "cancelled", place: "zone-des-iles", country: "france", mw: 20 }],
  ],
  [
    "near miss: a second town named « dans » is no zone of the first: two readings",
    "À Vienne, Equinix a renoncé à un centre de données de 20 MW qu'il voulait construire dans le quartier de Lyon.",
    [
      { by: ["equinix"], kind: "datacenter", status: "cancelled", place: "vienne", country: "france" },
      { by: ["equinix"], kind: "datacenter", status: "cancelled", place: "lyon", country: "france" },
    ],
  ],
];

describe("announcement extraction, round 26", () => {
  it.each(rows)("%s", (_label, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
