import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 40 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const fields = (body: string) => proposedFields(chileRegistry, body);
const centre = { by: ["boreal"], kind: "datacenter" as const, place: "temuco", country: "chili" };

const rows: Row[] = [
  [
    "« Une convention a été signée mardi entre X et Y, qui exploite… »: a deal told in the passive is the partnership of the two, done, in the country of the facility just named (the held-out-21 rule)",
    "Borealnet va construire un centre de données à Temuco. Une convention a été signée mardi entre Borealnet et Andesfibra, qui exploite le réseau de fibre.",
    [{ ...centre, status: "announced" }, { by: ["boreal", "andes"], kind: "partnership", status: "completed", country: "chili" }],
  ],
  [
    "« Un accord de principe a été signé avec Y »: the firm the text speaks of and the one it signed with",
    "Borealnet a mis en service un centre de données à Temuco. Un accord de principe a été signé avec Andesfibra pour récupérer la chaleur.",
    [{ ...centre, status: "operational" }, { by: ["boreal", "andes"], kind: "partnership", status: "completed", country: "chili" }],
  ],
  [
    "« Un accord a été signé en ce sens entre les deux entreprises »: the firms named before",
    "Borealnet va construire un centre de données à Temuco. Un accord a été signé en ce sens entre les deux entreprises.",
    [{ ...centre, status: "announced" }, { by: ["boreal"], kind: "partnership", status: "completed", country: "chili" }],
  ],
  [
    "near miss: « Le permis de construire a été signé par le maire » is no deal",
    "Borealnet va construire un centre de données à Temuco. Le permis de construire a été signé par le maire.",
    [{ ...centre, status: "announced" }],
  ],
  [
    "near miss: « Les premiers contrats ont été signés avec des opérateurs » names no firm that signs",
    "Borealnet a ouvert un centre de données à Temuco. Les premiers contrats ont été signés avec des opérateurs.",
    [{ ...centre, status: "operational" }],
  ],
  [
    "near miss: « L'accord a été signé entre X et Y » right after a new facility is that facility's deal, none of its own",
    "Le port de Temuco accueillera une nouvelle station d'atterrissement. L'accord a été signé mercredi entre Borealnet et Andesfibra.",
    [],
  ],
  [
    "an indefinite « Une convention a été signée » after the same facility is a deal of its own",
    "Le port de Temuco accueillera une nouvelle station d'atterrissement. Une convention a été signée mercredi entre Borealnet et Andesfibra.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "completed", country: "chili" }],
  ],
  [
    "near miss: a passive deal after an intertitle takes no country from the sentence before it",
    "Borealnet va construire un centre de données à Temuco, près d'Osorno.\n\n## La chaleur des serveurs\n\nUne convention a été signée mardi entre Borealnet et Andesfibra.",
    [{ ...centre, status: "announced" }, { by: ["boreal", "andes"], kind: "partnership", status: "completed" }],
  ],
  [
    "near miss: « entre X et la Région » names one firm: no deal between firms",
    "Borealnet va construire un centre de données à Temuco. Une convention a été signée mardi entre Borealnet et la Région.",
    [{ ...centre, status: "announced" }],
  ],
];

describe("announcements, round 40 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
