import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 36 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  companies: { hydrosud: { name: "Hydrosud" } },
  places: {
    valparaiso: { name: "Valparaíso", country: "chili", kind: "ville", lat: -33.05, lon: -71.62 },
    // Districts the entities step proposes at their city's point (city-districts.ts), and one at another town's.
    "cerro-alegre": { name: "Cerro Alegre", country: "chili", kind: "quartier", lat: -33.05, lon: -71.62 },
    "las-animas": { name: "Las Ánimas", country: "chili", kind: "quartier", lat: -39.81, lon: -73.24 },
  },
});

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "« Le chantier a commencé » in the very next sentence of the same paragraph is where the facility just told stands: one announcement, under construction",
    "Borealnet a annoncé la construction d'un centre de données de 20 mégawatts à Osorno. Le chantier a commencé en mars.",
    [{ by: ["boreal"], kind: "datacenter", status: "under-construction", place: "osorno", country: "chili", mw: 20 }],
  ],
  [
    "near miss: with a sentence between, the works started stay a stage of their own",
    "Borealnet a annoncé la construction d'un centre de données de 20 mégawatts à Osorno. Le maire a salué le projet. Le chantier a commencé en mars.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 20 },
      { by: ["boreal"], kind: "datacenter", status: "under-construction", place: "osorno", country: "chili" },
    ],
  ],
  [
    "near miss: works started in the next paragraph stay a stage of their own",
    "Borealnet a annoncé la construction d'un centre de données de 20 mégawatts à Osorno.\n\nLe chantier a commencé en mars.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 20 },
      { by: ["boreal"], kind: "datacenter", status: "under-construction", place: "osorno", country: "chili" },
    ],
  ],
  [
    "a grant's recipient (« X obtient N mégawatts pour un nouveau site à Y ») announces its facility there, with the power received",
    "Andesfibra, déjà présent à Temuco, obtient 60 mégawatts pour un nouveau site à Osorno.",
    [{ by: ["andes"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 60 }],
  ],
  [
    "« le bloc, de N mégawatts, revient à X, … son campus de Y »: the recipient after the power",
    "Le plus gros bloc, de 140 mégawatts, revient à Borealnet, qui pourra agrandir son campus d'Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 140 }],
  ],
  [
    "near miss: power received with no place sited (the firm's background town aside) gives no reading",
    "Andesfibra, déjà présent à Temuco, obtient 60 mégawatts de Hydrosud.",
    [],
  ],
  [
    "a district at the point of the town the clause names (« du port de X situé à Y, dans le 2e arrondissement ») is that town's: one site, with the figures of the next sentence",
    "Borealnet a annoncé un centre de données sur un terrain du port de Valparaíso situé à Cerro Alegre, dans le 2e arrondissement. Le bâtiment, de 24 mégawatts, coûtera 90 millions d'euros.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "valparaiso", country: "chili", mw: 24, amount: { value: 90_000_000, currency: "EUR" } }],
  ],
  [
    "near miss: a district at another town's point is a second site",
    "Borealnet a annoncé un centre de données à Valparaíso et un second à Las Ánimas.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "valparaiso", country: "chili" },
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "las-animas", country: "chili" },
    ],
  ],
];

describe("announcements, round 36 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
