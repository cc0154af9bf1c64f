import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 41 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  countries: { perou: { name: "Pérou", code: "PE", adjectives: ["péruvien"] }, france: { name: "France", code: "FR", adjectives: ["français"] } },
});
const fields = (body: string) => proposedFields(registry, body);
const centre = { by: ["boreal"], kind: "datacenter" as const, status: "announced" as const, place: "temuco", country: "chili" };

const rows: Row[] = [
  [
    "« X a déposé un permis pour un centre de N MW. X prévoit d'y investir M »: the firm named again, its sum spent there is that centre's cost",
    "Borealnet a déposé un permis de construire pour un centre de données de 12 mégawatts à Temuco. Borealnet, filiale d'un groupe argentin, prévoit d'y investir 80 millions de dollars.",
    [{ ...centre, mw: 12, amount: { value: 80_000_000, currency: "USD" } }],
  ],
  [
    "near miss: a sum the same firm spends elsewhere stays an investment of its own",
    "Borealnet a déposé un permis de construire pour un centre de données de 12 mégawatts à Temuco. Borealnet prévoit aussi d'investir 80 millions de dollars à Osorno.",
    [
      { ...centre, mw: 12 },
      { by: ["boreal"], kind: "investment", status: "announced", place: "osorno", country: "chili", amount: { value: 80_000_000, currency: "USD" } },
    ],
  ],
  [
    "« Le bâtiment, d'une puissance de N MW, serait construit… » after a paragraph that drafted nothing: the figures of the firm's one facility",
    "À Temuco, la société Borealnet veut construire un centre de données dont la chaleur servira à une usine voisine. Un projet à 35 millions de dollars, présenté jeudi aux élus.\n\n" +
      "La ville vit du bois depuis des siècles. C'est pourtant un projet numérique qui a occupé, jeudi soir, le conseil municipal. La société Borealnet, basée à Osorno, y a présenté son projet de centre de données dans la zone industrielle de Temuco.\n\n" +
      "Le bâtiment, d'une puissance de 8 mégawatts, serait construit sur un terrain de 2 hectares appartenant au scieur Andesfibra, juste à côté de ses fours. Borealnet prévoit une mise en service en 2027.",
    [{ ...centre, mw: 8 }],
  ],
  [
    "near miss: « Un bâtiment de N MW sera construit » is a facility of its own, not the one told before",
    "À Temuco, la société Borealnet veut construire un centre de données.\n\nLa ville vit du bois depuis un siècle. La société Borealnet y a présenté son projet aux élus.\n\nUn second bâtiment de 8 mégawatts serait construit à Osorno.",
    [centre, { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 8 }],
  ],
  [
    "« « Nos données sont hébergées au Pérou ou en France », a expliqué X lors de la pose de la première pierre »: when the speaker spoke, no announcement",
    "Borealnet a lancé hier le chantier d'un centre de données à Temuco.\n« Aujourd'hui, une grande partie des données des entreprises chiliennes est hébergée au Pérou ou en France. Nous voulons qu'elles restent ici », a expliqué le directeur général de Borealnet lors de la pose de la première pierre.",
    [{ ...centre, status: "under-construction" }],
  ],
  [
    "near miss: « Lors de la pose de la première pierre, X a annoncé un second centre à Y » outside a quote's attribution is read",
    "Borealnet a lancé hier le chantier d'un centre de données à Temuco. Lors de la pose de la première pierre, Borealnet a annoncé la construction d'un second centre de données à Osorno.",
    [{ ...centre, status: "under-construction" }, { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 41 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
