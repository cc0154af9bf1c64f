import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 38 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const fields = (body: string) => proposedFields(chileRegistry, body);

const rows: Row[] = [
  [
    "« a annoncé la signature d'un accord avec Y »: the deal reported signed, a partnership done with the firm named after « avec »",
    "Borealnet a annoncé la signature d'un accord avec Andesfibra pour proposer des services de calcul.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "completed" }],
  ],
  [
    "« a annoncé la signature d'un contrat d'achat d'électricité de N mégawatts avec Y »: the power deal, with its figure and the country the sentence names",
    "Borealnet, qui exploite deux sites à Temuco et Osorno, a annoncé mardi la signature d'un contrat d'achat d'électricité de 72 mégawatts avec Andesfibra.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "completed", country: "chili", mw: 72 }],
  ],
  [
    "near miss: « la signature prochaine d'un accord » is a signing still to come, no deal done",
    "Borealnet a annoncé la signature prochaine d'un accord avec Andesfibra.",
    [],
  ],
  [
    "near miss: « a annoncé la signature d'un accord pour construire un centre » with no partner named stays the centre announced",
    "Borealnet a annoncé la signature d'un accord pour construire un centre de données à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 38 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
