import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/importer/announcements/sentences";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("sentence splitting", () => {
  it("ends a sentence at a stop followed by a capital", () => {
    expect(texts("Data4 ouvre un campus. Le site coûte cher ! Pourquoi ? Parce que.")).toEqual([
      "Data4 ouvre un campus.",
      "Le site coûte cher !",
      "Pourquoi ?",
      "Parce que.",
    ]);
  });

  it("does not break on « M. », initials, abbreviations, decimals or version numbers", () => {
    expect(texts("« C'est une chance », a estimé M. Dupont, le maire. Il signe.")).toEqual(["« C'est une chance », a estimé M. Dupont, le maire.", "Il signe."]);
    expect(texts("J. Martin et Mme. Durand ont visité le site, env. 30 MW. Ensuite, rien.")).toHaveLength(2);
    expect(texts("Un campus de 1,2 GW. Le campus SINES 4.0 ouvre. Amazon Web Services Inc. a signé.")).toEqual([
      "Un campus de 1,2 GW.",
      "Le campus SINES 4.0 ouvre.",
      "Amazon Web Services Inc. a signé.",
    ]);
  });

  it("keeps a quotation whole, and ends after a quote that closes a sentence", () => {
    expect(texts("Il a dit : « Nous ouvrons. Nous construisons. » Le maire approuve.")).toEqual([
      "Il a dit : « Nous ouvrons. Nous construisons. »",
      "Le maire approuve.",
    ]);
    // A quote mark left open does not glue the rest of a long paragraph together.
    const open = `Il dit "bonjour. ${"Encore une phrase assez longue. ".repeat(15)}Fin.`;
    expect(texts(open).length).toBeGreaterThan(2);
  });

  it("numbers paragraphs, leaves headings out and gives offsets into the body", () => {
    const body = "Premier paragraphe. Deuxième phrase.\n\n## Un intertitre\n\nSecond paragraphe.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["Premier paragraphe.", 0],
      ["Deuxième phrase.", 0],
      ["Second paragraphe.", 1],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("straight quotes", () => {
  it("close the sentence they end and open the next one", () => {
    expect(texts('Il a dit "nous ouvrons." Puis il part. "Bonjour", dit-il.')).toEqual(['Il a dit "nous ouvrons."', "Puis il part.", '"Bonjour", dit-il.']);
  });
});
