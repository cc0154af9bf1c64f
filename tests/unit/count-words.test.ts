import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countWords } from "@/lib/model/article";

const bySplitting = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("countWords", () => {
  it("counts words as splitting on \\s would, whatever the spaces", () => {
    const samples = [
      "",
      "   ",
      "un",
      "  deux   mots  ",
      "ligne\nsuivante\r\n\ttabulée",
      "espace\u00a0insécable et\u202ffine ; « guillemets »",
      "\ufeffdébut\u2028fin\u3000idéographique\u2009étroite",
      "l'entreprise a investi 25,8 milliards d'euros.",
    ];
    for (const text of samples) expect(countWords(text), JSON.stringify(text)).toBe(bySplitting(text));
  });

  it("agrees with it on every article of the archive", () => {
    const dir = path.resolve("content/articles");
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      expect(countWords(text)).toBe(bySplitting(text));
    }
  });
});
