import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 34 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = chileRegistry;

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "a place in a « , tandis que » clause with a subject of its own is not where the first clause's centre is",
    "Borealnet a annoncé la construction d'un centre de données à Osorno, tandis que plusieurs banques réfléchissent à un site de secours à Temuco.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
  [
    "near miss: the « tandis que » clause's own announcement is still read, at its own place",
    "Borealnet a annoncé la construction d'un centre de données à Osorno, tandis qu'Andesfibra construira un câble sous-marin à Temuco.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" },
      { by: ["andes"], kind: "cable", status: "announced", place: "temuco", country: "chili" },
    ],
  ],
  [
    "near miss: two places of one clause (« à Osorno et à Temuco ») are both the centre's",
    "Borealnet a annoncé la construction de centres de données à Osorno et à Temuco.",
    [
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" },
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" },
    ],
  ],
  [
    "a grant of power to others' projects (« a annoncé l'attribution de deux blocs … à des projets …, l'un à X, l'autre à Y ») is the grantor's act, not its centres",
    "Borealnet a annoncé lundi l'attribution de deux blocs d'électricité totalisant 90 mégawatts à des projets de centres de données, l'un à Osorno, l'autre à Temuco.",
    [{ by: ["boreal"], kind: "other", status: "completed", mw: 90 }],
  ],
  [
    "a grant said « a accordé N mégawatts à … projets, a annoncé le ministre » is one act of the grantor too",
    "Borealnet a accordé 120 mégawatts à trois nouveaux projets de centres de données, a annoncé lundi le ministre.",
    [{ by: ["boreal"], kind: "other", status: "completed", mw: 120 }],
  ],
  [
    "near miss: a firm that builds a centre « de 90 mégawatts » grants nothing",
    "Borealnet a annoncé la construction d'un centre de données de 90 mégawatts à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 90 }],
  ],
];

describe("announcements, round 34 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
