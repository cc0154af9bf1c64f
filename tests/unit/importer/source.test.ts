import { describe, expect, it } from "vitest";
import { parseByline } from "@/lib/importer/page/byline";
import { parseCredit, parseSourceLine } from "@/lib/importer/page/source";

describe("parseSourceLine", () => {
  it("reads the name and the date of a bracketed source line", () => {
    expect(parseSourceLine("(Source : WeAreTechAfrica, 11 octobre 2023)")).toMatchObject({
      name: "WeAreTechAfrica",
      date: { day: 11, month: 10, year: 2023 },
    });
  });

  it("keeps a comma that is part of the name when no date follows", () => {
    expect(parseSourceLine("Source : Reuters, Bloomberg")).toEqual({ name: "Reuters, Bloomberg" });
  });

  it("ignores prose", () => {
    expect(parseSourceLine("La source de l'information reste inconnue.")).toBeUndefined();
  });
});

describe("parseByline", () => {
  it.each([
    ["Par Jeanne Martin", "Jeanne Martin"],
    ["Par Jeanne Martin, à Lyon", "Jeanne Martin"],
    ["Par Jean-Pierre Durand et Marie Dupont", "Jean-Pierre Durand et Marie Dupont"],
    ["Jeanne Martin, journaliste", "Jeanne Martin"],
  ])("%s → %s", (line, author) => {
    expect(parseByline(line)).toBe(author);
  });

  it("does not take a quoted executive for the author", () => {
    expect(parseByline("Jeff Zhang, directeur de la technologie du groupe, a déclaré que la société avançait.")).toBeUndefined();
    expect(parseByline("Par ailleurs, BCX et Alibaba veulent construire de nouvelles régions.")).toBeUndefined();
  });
});

describe("parseCredit", () => {
  it.each([
    ["Photo : AFP", "AFP"],
    ["Crédit photo : Jeanne Martin / Reuters", "Jeanne Martin / Reuters"],
    ["© Reuters", "Reuters"],
  ])("%s credits %s", (line, credit) => {
    expect(parseCredit(line)).toBe(credit);
  });

  it("leaves « En photo : » captions and long descriptions alone", () => {
    expect(parseCredit("En photo : Ferri Abolhassan, directeur de la division IT")).toBeUndefined();
    expect(parseCredit("Photo : un technicien installe des serveurs dans le nouveau centre de données de Francfort.")).toBeUndefined();
  });
});
