import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, type Row } from "./announcement-rows";

/* The firm whose project a sentence opens on is what « l'entreprise » after it speaks of (announcement-topic.ts). */
const fields = (body: string) => proposedFields(chileRegistry, body);

const rows: Row[] = [
  [
    "« Le projet de la société Y fait débat. L'entreprise veut construire… »: Y builds, not the firm that was the subject before",
    "Borealnet a mis en service un centre de données à Temuco. À Osorno, le projet de la société Andesfibra fait débat. L'entreprise veut construire un centre de données de 3 mégawatts à Osorno.",
    [
      { by: ["boreal"], kind: "datacenter", status: "operational", place: "temuco", country: "chili" },
      { by: ["andes"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 3 },
    ],
  ],
  [
    "near miss: a sentence that names Y as one firm among others (« les clients de Y ») leaves the subject before",
    "Borealnet a mis en service un centre de données à Temuco. Les clients d'Andesfibra y sont nombreux. L'entreprise veut construire un centre de données de 3 mégawatts à Osorno.",
    [
      { by: ["boreal"], kind: "datacenter", status: "operational", place: "temuco", country: "chili" },
      { by: ["boreal"], kind: "datacenter", status: "announced", place: "osorno", country: "chili", mw: 3 },
    ],
  ],
];

describe("announcements: a firm's project as the sentence's topic", () => {
  it.each(rows)("%s", (_, body, expected) => expect(fields(body)).toEqual(expected));
});
