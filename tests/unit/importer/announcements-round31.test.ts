import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 31 (ADR 013): made-up sentences, each rule's positive then a near miss that must read otherwise. */
const registry = chileRegistry;

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "an insert set off by commas between the auxiliary and its participle (« a, de son côté, annoncé »)",
    "Borealnet a, de son côté, annoncé un centre de données à Temuco.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" }],
  ],
  [
    "and a subject's pronoun so set off (« a, lui, finalisé »)",
    "Borealnet a, lui, inauguré un centre de données à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "operational", place: "osorno", country: "chili" }],
  ],
  [
    "near miss: an insert that is a source, not one of those words (« a, selon lui, annoncé »), stays unread",
    "Le maire a, selon lui, annoncé un centre de données à Temuco.",
    [],
  ],
  [
    "a founders' former employer (« deux anciens cadres d'Andesfibra ») is no actor: « l'entreprise » is the firm named before, where « y » points",
    "La société Borealnet a racheté une friche à Temuco. L'entreprise, créée par deux anciens cadres d'Andesfibra installés à Osorno, y prévoit un centre de données de 8 mégawatts.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili", mw: 8 }],
  ],
  [
    "near miss: the firm whose officer speaks (« directeur d'Andesfibra ») is still the actor « l'opérateur » means",
    "Paul Rojas, directeur d'Andesfibra, a confirmé que l'opérateur construira un centre de données à Temuco.",
    [{ by: ["andes"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" }],
  ],
  [
    "near miss: a firm, not people, « installée à Osorno » with a centre built there keeps its place",
    "Borealnet a ouvert un centre de données installé à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "operational", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 31 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
