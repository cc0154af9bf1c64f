import { describe, expect, it } from "vitest";
import type { AnnouncementRegistry } from "@/lib/importer/announcements/announcements";
import { proposedFields, type Row } from "./announcement-rows";

/* Round 28 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry: AnnouncementRegistry = {
  companies: new Map(Object.entries({ boreal: { name: "Borealnet" }, kestrel: { name: "Kestrel Cloud" } })),
  countries: new Map(Object.entries({ liban: { name: "Liban", code: "LB", adjectives: ["libanais", "libanaise"] } })),
  places: new Map(Object.entries({ byblos: { name: "Byblos", country: "liban", kind: "ville" }, zahle: { name: "Zahlé", country: "liban", kind: "ville" } })),
};

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "« achève » a facility: works under way, not a plan",
    "Borealnet achève à Byblos un centre de données de 6 mégawatts.",
    [{ by: ["boreal"], kind: "datacenter", status: "under-construction", place: "byblos", country: "liban", mw: 6 }],
  ],
  [
    "near miss: « achève » with no facility noun (a deal, a hiring) announces nothing",
    "Borealnet achève le recrutement de ses équipes à Byblos.",
    [],
  ],
  [
    "two firms and a bare plural « des régions cloud » at two towns: each firm's own sites, background, no joint site",
    "Borealnet et Kestrel Cloud ont ouvert des régions cloud à Byblos et à Zahlé.",
    [],
  ],
  [
    "near miss: two firms opening one region together stay one joint reading",
    "Borealnet et Kestrel Cloud ont ouvert une région cloud à Byblos.",
    [{ by: ["boreal", "kestrel"], kind: "cloud-region", status: "operational", place: "byblos", country: "liban" }],
  ],
  [
    "a forecasting verb and « une hausse de la demande » of facilities is a forecast, no facility",
    "Borealnet prévoit une hausse importante de la demande d'électricité d'ici 2035, portée par l'industrie et les centres de données.",
    [],
  ],
  [
    "near miss: a firm building to meet « la hausse de la demande » stays a reading",
    "Pour répondre à la hausse de la demande des entreprises, Borealnet construira un centre de données à Byblos.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "byblos", country: "liban" }],
  ],
  [
    "a town « choisie comme point d'atterrissage » of a cable is its site",
    "Le consortium Borealnet a choisi Byblos comme point d'atterrissage de son futur câble sous-marin, un projet de 150 millions d'euros dont la mise en service est prévue en 2026.",
    [{ by: ["boreal"], kind: "cable", status: "announced", place: "byblos", country: "liban", year: 2026, amount: { value: 150000000, currency: "EUR" } }],
  ],
  [
    "near miss: a town chosen « comme siège » is a headquarters, not the cable's site",
    "Le consortium Borealnet a choisi Byblos comme siège de son futur câble sous-marin, un projet de 150 millions d'euros dont la mise en service est prévue en 2026.",
    [{ by: ["boreal"], kind: "cable", status: "announced", year: 2026, amount: { value: 150000000, currency: "EUR" } }],
  ],
];

describe("announcements, round 28 (ADR 013)", () => {
  it.each(rows)("%s", (_why, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
