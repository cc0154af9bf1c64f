import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 42 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const fields = (body: string) => proposedFields(chileRegistry, body);
const centre = { by: ["boreal"], kind: "datacenter" as const, status: "announced" as const, place: "temuco", country: "chili" };

const rows: Row[] = [
  [
    "« De son côté, le groupe rappelle qu'il a signé avec X un accord » is background told in the firm's defence, no announcement",
    "Borealnet va construire un centre de données à Temuco. De son côté, le groupe rappelle qu'il a signé avec Andesfibra un accord pour réutiliser la chaleur de ses serveurs, et qu'il finance des formations au numérique.",
    [centre],
  ],
  [
    "near miss: « Le groupe a signé avec X un accord », told in the article's own words, is a deal",
    "Borealnet va construire un centre de données à Temuco. Le groupe a signé avec Andesfibra un accord pour réutiliser la chaleur de ses serveurs.",
    [centre, { by: ["boreal", "andes"], kind: "partnership", status: "completed", country: "chili" }],
  ],
  [
    "« X assure avoir doublé ses clients dans la finance »: a claim of the past, and « la finance » a sector, no investment",
    "Borealnet va construire un centre de données à Temuco. De son côté, Andesfibra assure avoir doublé en un an le nombre de ses clients dans la finance.",
    [centre],
  ],
  [
    "near miss: « X finance un centre » is the firm's investment",
    "Borealnet va construire un centre de données à Temuco. Andesfibra finance un second centre de données à Osorno.",
    [centre, { by: ["andes"], kind: "investment", status: "announced", place: "osorno", country: "chili" }],
  ],
];

describe("announcements, round 42 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
