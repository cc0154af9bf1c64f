import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 39 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, { countries: { "pays-bas": { name: "Pays-Bas", code: "NL", adjectives: ["néerlandais", "néerlandaise"] } } as never });
const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a name closing a long opening phrase (« Le spécialiste chilien des centres de données X a annoncé ») is the subject, not a complement",
    "Le spécialiste chilien des centres de données Borealnet a annoncé lundi un accord pour acquérir Andesfibra, un opérateur néerlandais, pour un montant de 1,1 milliard d'euros.",
    [{ by: ["boreal"], kind: "acquisition", status: "announced", country: "pays-bas", amount: { value: 1_100_000_000, currency: "EUR" } }],
  ],
  [
    "near miss: a name after a preposition's phrase in a long opening (« Le groupe a signé un accord de long terme avec le fonds X ») stays governed, no subject",
    "Le groupe a signé un accord de long terme avec le fonds Borealnet.",
    [],
  ],
  [
    "« va agrandir son site : une extension de 8 mégawatts, pour un investissement de 45 millions, sera construite »: one extension, the investment with its figures",
    "L'hébergeur Borealnet va agrandir son site : une extension de 8 mégawatts, pour un investissement de 45 millions d'euros, sera construite à partir du printemps prochain.",
    [{ by: ["boreal"], kind: "investment", status: "announced", mw: 8, amount: { value: 45_000_000, currency: "EUR" } }],
  ],
  [
    "near miss: extending one site and building another elsewhere stays two announcements",
    "Borealnet va agrandir son site de Temuco, et un nouveau bâtiment sera construit à Osorno.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" },
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" },
    ],
  ],
  [
    "« s'est associé au fonds d'infrastructure Y, qui entre à son capital »: the fund's stake, an investment by the fund, done",
    "Pour financer l'opération, Borealnet s'est associé au fonds d'infrastructure Andesfibra, qui entre à son capital à hauteur de 40 %.",
    [{ by: ["andes"], kind: "investment", status: "completed" }],
  ],
  [
    "the fund's stake is a deal: no country the sentence or the one before does not state, though the article names one",
    "Borealnet va construire un centre de données à Temuco. Le chantier doit démarrer en juillet. Pour financer l'opération, Borealnet s'est associé au fonds d'infrastructure Andesfibra, qui entre à son capital à hauteur de 40 %.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" },
      { by: ["andes"], kind: "investment", status: "completed" },
    ],
  ],
  [
    "near miss: « s'est associé au fonds d'investissement Y pour proposer des services » with no stake stays the partnership of the two",
    "Borealnet s'est associé au fonds d'investissement Andesfibra pour proposer des services de calcul.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "completed" }],
  ],
];

describe("announcements, round 39 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
