import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 32 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" }, andes: { name: "Andesfibra" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(
    Object.entries({
      temuco: { name: "Temuco", country: "chili", kind: "ville" },
      osorno: { name: "Osorno", country: "chili", kind: "ville" },
      chiloe: { name: "Chiloé", country: "chili", kind: "île" },
      "puerto-montt": { name: "Puerto Montt", country: "chili", kind: "ville" },
    }),
  ),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a cable the new site is linked to (« sera relié aux câbles sous-marins ») is no cable announced",
    "Borealnet construit un centre de données de 10 mégawatts à Temuco. Le nouveau site sera relié aux câbles sous-marins Austral et Humboldt, dont l'atterrissement à Osorno est prévu cette année.",
    [{ by: ["boreal"], kind: "datacenter", status: "under-construction", place: "temuco", country: "chili", mw: 10 }],
  ],
  [
    "nor a landing station the site stands near (« à quelques centaines de mètres de la station d'atterrissement »)",
    "Le site de Borealnet sera construit à Osorno, à quelques centaines de mètres de la station d'atterrissement où arrivent plusieurs câbles sous-marins.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
  [
    "the ends of a link listed (« qui relient Osorno à l'île Chiloé, à Puerto Montt ») are no place of the site",
    "Le site de Borealnet sera construit à quelques centaines de mètres de la station d'atterrissement où arrivent les câbles qui relient Osorno à l'île Chiloé, à Puerto Montt.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced" }],
  ],
  [
    "near miss: a place after a link and a new clause (« …, et Borealnet ouvrira un centre à Puerto Montt ») is that centre's",
    "Le câble d'Andesfibra relie Osorno à Temuco, et Borealnet ouvrira un centre de données à Puerto Montt.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "puerto-montt", country: "chili" }],
  ],
  [
    "near miss: a landing station the firm builds is the facility announced",
    "Andesfibra construira une station d'atterrissement à Osorno.",
    [{ by: ["andes"], kind: "cable", status: "announced", place: "osorno", country: "chili" }],
  ],
  [
    "near miss: a cable that will link two towns (« reliant ») is still the cable announced",
    "Andesfibra construira un câble sous-marin reliant Osorno à Temuco.",
    [{ by: ["andes"], kind: "cable", status: "announced" }],
  ],
];

describe("announcements, round 32 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
