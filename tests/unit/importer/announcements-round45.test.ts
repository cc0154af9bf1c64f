import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row, withEntries } from "./announcement-rows";

/* Round 45 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = withEntries(chileRegistry, {
  places: { "zone-de-temuco": { name: "zone d'activités de Temuco", country: "chili", kind: "parc d'activités" } },
});
const fields = (body: string) => proposedFields(registry, body);
const centre = { by: ["boreal"], kind: "datacenter" as const, status: "announced" as const };
const atTemuco = { ...centre, place: "temuco", country: "chili" };

const rows: Row[] = [
  [
    "a park said with « une » (« dans une zone d'activités de X ») places the thing at its town",
    "Borealnet va construire un centre de données dans une zone d'activités de Temuco.",
    [atTemuco],
  ],
  [
    "and « sur une zone d'activités de X » the same",
    "Borealnet prévoit un centre de données sur une zone d'activités de Temuco.",
    [atTemuco],
  ],
  [
    "« prévoit déjà d'ouvrir … à X »: an intention said early, not background",
    "Borealnet prévoit déjà d'ouvrir un centre de données à Temuco.",
    [atTemuco],
  ],
  [
    "near miss: « qui exploite déjà un site à X » is where the firm already is",
    "Borealnet, qui exploite déjà un site à Osorno, va construire un centre de données.",
    [centre],
  ],
  [
    "the spot chosen before the town (« a choisi la plage de X pour faire atterrir ») is the site",
    "Borealnet a choisi la plage de Temuco pour faire atterrir un câble sous-marin.",
    [{ ...atTemuco, kind: "cable" }],
  ],
  [
    "near miss: the spot chosen for something else (a seminar) is no site",
    "Borealnet a choisi la plage de Temuco pour son séminaire et construira un centre de données.",
    [centre],
  ],
  [
    "« En 2023, X avait déjà annoncé un investissement »: what came before the news is no announcement",
    "Borealnet va construire un centre de données à Temuco. En 2023, Borealnet avait déjà annoncé un investissement de 60 millions d'euros à Osorno.",
    [atTemuco],
  ],
  [
    "near miss: « avait annoncé lundi » without « déjà » is the news, reported",
    "Borealnet avait annoncé lundi un investissement de 60 millions d'euros à Osorno.",
    [{ by: ["boreal"], kind: "investment", status: "announced", place: "osorno", country: "chili", amount: { value: 60_000_000, currency: "EUR" } }],
  ],
];

describe("announcements, round 45", () => {
  it.each(rows)("%s", (_, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
