import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 29 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" }, kestrel: { name: "Kestrel Cloud" } })),
  countries: new Map(Object.entries({ chili: { name: "Chili", code: "CL", adjectives: ["chilien", "chilienne"] } })),
  places: new Map(Object.entries({ valparaiso: { name: "Valparaiso", country: "chili", kind: "ville" }, temuco: { name: "Temuco", country: "chili", kind: "ville" } })),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a region said not announced yet (« aucun n'a encore annoncé de région ») is none",
    "Borealnet et Kestrel Cloud ont des bureaux à Valparaiso, mais aucun n'a encore annoncé de région cloud au Chili.",
    [],
  ],
  [
    "near miss: « n'a pas encore annoncé de date » about a region opened names no facility after « de »: the opening stays",
    "Borealnet a ouvert une région cloud à Valparaiso mais n'a pas encore annoncé de date pour la suivante.",
    [{ by: ["boreal"], kind: "cloud-region", status: "operational", place: "valparaiso", country: "chili" }],
  ],
  [
    "an indirect question (« de savoir où elle construira ») states no facility",
    "Borealnet prépare de nouveaux projets. La question est de savoir où elle construira son prochain centre de données.",
    [],
  ],
  [
    "near miss: a firm that builds at a named town after a question stays a reading",
    "Pour savoir où s'étendre, Borealnet a étudié dix villes ; elle construira un centre de données à Temuco.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" }],
  ],
  [
    "a laboratory opened is no facility: only the centre before stays",
    "Borealnet construira un centre de données à Temuco.\n\nLe site attire déjà des partenaires étrangers : le chilien Kestrel Cloud y a ouvert un laboratoire commun avec l'université.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" }],
  ],
  [
    "near miss: a laboratory opened beside a data centre: the centre stays",
    "Borealnet a ouvert un laboratoire et un centre de données à Temuco.",
    [{ by: ["boreal"], kind: "datacenter", status: "operational", place: "temuco", country: "chili" }],
  ],
  [
    "a facility told again a few sentences on, same firm and state, no place: one announcement with the figures",
    "Borealnet a choisi le sud du Chili pour construire son premier centre de données à Temuco.\n\nLe projet a été confirmé mercredi. Borealnet construira un centre de données de 12 mégawatts, d'une valeur de 60 millions d'euros.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili", mw: 12, amount: { value: 60000000, currency: "EUR" } }],
  ],
  [
    "near miss: « construira aussi un centre » is another facility of the same firm: two readings",
    "Borealnet a choisi le sud du Chili pour construire son premier centre de données à Temuco.\n\nLe projet a été confirmé mercredi. Borealnet construira aussi un centre de données de 12 mégawatts, d'une valeur de 60 millions d'euros.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" },
      { by: ["boreal"], kind: "datacenter", status: "announced", mw: 12, amount: { value: 60000000, currency: "EUR" } },
    ],
  ],
  [
    "a sum spent « à ce centre » just told is its cost, not an investment of its own",
    "Borealnet a ouvert un centre de données à Temuco.\n\nLe site vise les banques. Borealnet a consacré 60 millions d'euros à ce centre, selon ses chiffres.",
    [{ by: ["boreal"], kind: "datacenter", status: "operational", place: "temuco", country: "chili", amount: { value: 60000000, currency: "EUR" } }],
  ],
  [
    "near miss: a sum spent on something else stays an investment",
    "Borealnet a ouvert un centre de données à Temuco.\n\nLe site vise les banques. Borealnet a consacré 60 millions d'euros à la recherche, selon ses chiffres.",
    [
      { by: ["boreal"], kind: "datacenter", status: "operational", place: "temuco", country: "chili" },
      { by: ["boreal"], kind: "investment", status: "completed", country: "chili", amount: { value: 60000000, currency: "EUR" } },
    ],
  ],
];

describe("announcements, round 29 (ADR 013)", () => {
  it.each(rows)("%s", (_why, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
