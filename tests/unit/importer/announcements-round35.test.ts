import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* Round 35 (ADR 013): made-up sentences, the rule's positive then a near miss that must read otherwise. */
const registry = chileRegistry;

const fields = (body: string) => proposedFields(registry, body);

const rows: Row[] = [
  [
    "« a signé avec X un partenariat pour exploiter … »: the firm between the verb and the noun does not make the deal a plan",
    "Borealnet a signé avec Andesfibra un partenariat pour exploiter un centre de données.",
    [{ by: ["boreal"], kind: "partnership", status: "completed" }],
  ],
  [
    "near miss: a partnership still to be signed (« doivent signer ») stays announced",
    "Borealnet et Andesfibra doivent signer un partenariat pour exploiter un centre de données.",
    [{ by: ["boreal", "andes"], kind: "partnership", status: "announced" }],
  ],
  [
    "near miss: an accord signed to build a centre is read as the centre, still announced",
    "Borealnet a signé avec Andesfibra un accord pour construire un centre de données à Osorno.",
    [{ by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili" }],
  ],
  [
    "a bare summary (« Borealnet ouvre sa région et Andesfibra annonce un centre ») before each is told with its place is told once, below",
    "Borealnet ouvre sa première région cloud et Andesfibra annonce un nouveau centre de données.\n\nBorealnet a annoncé le 10 mars l'ouverture de sa première région cloud, hébergée à Osorno.\n\nAndesfibra a annoncé la construction d'un nouveau centre de données de 30 mégawatts à Temuco.",
    [
      { by: ["boreal"], kind: "cloud-region", status: "operational", place: "osorno", country: "chili" },
      { by: ["andes"], kind: "datacenter", status: "announced", place: "temuco", country: "chili", mw: 30 },
    ],
  ],
  [
    "near miss: a first telling with its own figure (30 mégawatts) is not a bare summary; both stay",
    "Andesfibra a annoncé la construction d'un nouveau centre de données de 30 mégawatts.\n\nAndesfibra a annoncé la construction d'un second centre de données à Temuco.",
    [
      { by: ["andes"], kind: "datacenter", status: "announced", country: "chili", mw: 30 },
      { by: ["andes"], kind: "datacenter", status: "announced", place: "temuco", country: "chili" },
    ],
  ],
];

describe("announcements, round 35 rows", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
