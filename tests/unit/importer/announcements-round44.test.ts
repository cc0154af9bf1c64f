import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 44 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  companies: { fjord: { name: "Fjordkap" } },
  countries: { tunisie: { name: "Tunisie", code: "TN", adjectives: ["tunisien", "tunisienne"] } },
  places: { vallenar: { name: "Vallenar", country: "chili", kind: "ville" }, tunis: { name: "Tunis", country: "tunisie", kind: "ville" } },
});
const fields = (body: string) => proposedFields(registry, body);
const bought = { by: ["boreal"], kind: "acquisition" as const, status: "completed" as const };
const raise = { kind: "investment" as const, status: "completed" as const, amount: { value: 8_000_000, currency: "EUR" } };
const centre = { kind: "datacenter" as const, status: "announced" as const, place: "temuco", country: "chili" };

const rows: Row[] = [
  [
    "a purchase is where the firm bought is, named by its town's adjective (passive)",
    "L'hébergeur vallenarois Andesfibra a été racheté par Borealnet.",
    [{ ...bought, place: "vallenar", country: "chili" }],
  ],
  [
    "and in the active, the adjective after the firm bought's trade",
    "Borealnet a finalisé le rachat de l'hébergeur vallenarois Andesfibra.",
    [{ ...bought, place: "vallenar", country: "chili" }],
  ],
  [
    "near miss: the buyer's own adjective is its home, not the deal's",
    "Le groupe vallenarois Borealnet a finalisé le rachat d'Andesfibra.",
    [bought],
  ],
  [
    "near miss: so in the passive, after « par »",
    "L'hébergeur Andesfibra a été racheté par le groupe vallenarois Borealnet.",
    [bought],
  ],
  [
    "near miss: a country's adjective that starts like a town's name (« tunisienne », Tunis) names no town",
    "Borealnet a finalisé le rachat de la société tunisienne Andesfibra.",
    [{ ...bought, country: "tunisie" }],
  ],
  [
    "a fund raise is the investors' investment, done: each firm named « auprès de »",
    "Borealnet a levé 8 millions d'euros auprès du fonds Fjordkap et d'Andesfibra.",
    [{ ...raise, by: ["fjord", "andes"] }],
  ],
  [
    "near miss: a raise whose investors are not named is no announcement",
    "Borealnet a levé 8 millions d'euros auprès d'investisseurs régionaux.",
    [],
  ],
  [
    "a facility the money pays for is the announcement, the raiser's (« auprès du fonds X » is no subject)",
    "Borealnet a levé 8 millions d'euros auprès du fonds Fjordkap pour ouvrir un centre de données à Temuco.",
    [{ ...centre, by: ["boreal"] }],
  ],
  [
    "and the next sentence's « l'hébergeur » is still the raiser, not its investor",
    "Le chilien Borealnet a levé 8 millions d'euros auprès du fonds Fjordkap. L'hébergeur va construire un centre de données à Temuco.",
    [{ ...raise, by: ["fjord"], country: "chili" }, { ...centre, by: ["boreal"] }],
  ],
  [
    "near miss: a fund raising money for itself from investors it does not name is the subject",
    "Le fonds Fjordkap a levé 300 millions d'euros auprès de ses souscripteurs pour ouvrir un centre de données à Temuco.",
    [{ ...centre, by: ["fjord"] }],
  ],
];

describe("announcements, round 44 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
