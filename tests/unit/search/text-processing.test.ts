import { describe, expect, it } from "vitest";
import { createFrenchEncoder, queryWords, stem } from "@/lib/search/encoder";
import { makeSnippet, plainText } from "@/lib/search/snippet";
import { boundedDistance, buildVocabulary, maxTypoDistance } from "@/lib/search/typo";

describe("French encoder", () => {
  it("folds, splits hyphens and apostrophes, drops stop words, stems", () => {
    expect(createFrenchEncoder().encode("L’Allemagne et l'e-commerce des Données sécurisées")).toEqual(["allemagn", "e", "commerc", "donne", "securise"]);
  });
  it("keeps years whole", () => {
    expect(createFrenchEncoder().encode("en 2023")).toEqual(["2023"]);
  });
  it.each([
    ["allemandes", "allemand"],
    ["allemand", "allemand"],
    ["centraux", "central"],
    ["serveurs", "serveur"],
    ["aws", "aws"],
  ])("stem(%s) = %s", (word, expected) => expect(stem(word)).toBe(expected));
  it("gives query words with their terms", () => {
    expect(queryWords("La Sécurité, la sécurité")).toEqual([{ word: "securite", term: "securit" }]);
  });
});

describe("typo distance", () => {
  it.each([
    ["huaweii", "huawei", 1],
    ["hauwei", "huawei", 1],
    ["telecom", "telekom", 1],
    ["alibbaba", "alibaba", 1],
    ["datacentres", "datacenters", 1],
    ["huwaeii", "huawei", 2],
  ])("%s → %s is %i", (a, b, d) => expect(boundedDistance(a, b, 2)).toBe(d));
  it("stops past the bound", () => expect(boundedDistance("cloud", "azure", 1)).toBe(2));
  it("allows more edits on longer words", () => {
    expect([3, 5, 9].map(maxTypoDistance)).toEqual([0, 1, 2]);
  });
  it("prefers the fewest edits, then the most used word", () => {
    const vocabulary = buildVocabulary(new Map([["huawei", 5], ["hawaii", 50], ["telekom", 1000], ["telecoms", 2]]));
    expect(vocabulary.correct("huaweii")).toBe("huawei");
    expect(vocabulary.correct("telekon")).toBe("telekom");
    expect(vocabulary.complete("tele")).toBe("telekom");
    expect(vocabulary.correct("abc")).toBeUndefined();
  });
});

describe("snippets", () => {
  it("reduces Markdown to text", () => {
    expect(plainText("## Titre\n\nUn [lien](https://x.fr) **gras** <b>x</b>")).toBe("Titre Un lien gras x");
  });
  it("marks whole matched words and keeps the rest as text", () => {
    expect(makeSnippet("Le cloud public allemand", ["allemand"])).toEqual([
      { text: "Le cloud public ", mark: false },
      { text: "allemand", mark: true },
    ]);
  });
  it("does not mark a word that only contains the term", () => {
    const parts = makeSnippet("Cloudflare et le cloud", ["cloud"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["cloud"]);
  });
  it("centres a long text on the passage with the most terms, with ellipses", () => {
    const text = `${"mot ".repeat(200)}la sécurité des serveurs${" fin".repeat(200)}`;
    const parts = makeSnippet(text, ["securit", "serveur"], 120);
    expect(parts[0].text.startsWith("… ")).toBe(true);
    expect(parts.at(-1)!.text.endsWith(" …")).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["sécurité", "serveurs"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(140);
  });
});
