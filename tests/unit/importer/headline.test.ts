import { describe, expect, it } from "vitest";
import { editorialTitle, isHeadlineShaped, isIntertitle, isStandfirst, sameText } from "@/lib/importer/headline";

describe("isHeadlineShaped", () => {
  it("accepts a short line without final punctuation", () => {
    expect(isHeadlineShaped("Deutsche Telekom va lancer un cloud public, basé sur OpenStack")).toBe(true);
  });

  it("rejects a sentence or a single word", () => {
    expect(isHeadlineShaped("BCX a lancé son service cloud la semaine dernière.")).toBe(false);
    expect(isHeadlineShaped("Suprématie")).toBe(false);
  });
});

describe("sameText", () => {
  it("ignores case, accents and typographic apostrophes", () => {
    expect(sameText("Alibaba investit d’ici à 2023", "ALIBABA INVESTIT D'ICI A 2023")).toBe(true);
    expect(sameText("Alibaba investit", "Alibaba investit encore")).toBe(false);
  });
});

describe("editorialTitle", () => {
  it("uses the first sentence without its period", () => {
    expect(editorialTitle("BCX lance un cloud. Les données restent locales.")).toBe("BCX lance un cloud");
  });

  it("cuts a long first sentence at a word boundary", () => {
    const title = editorialTitle(`${"Le groupe chinois annonce un investissement considérable ".repeat(4)}dans le cloud.`);
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});

describe("isStandfirst", () => {
  const headline = "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud";
  const standfirst = "Le groupe fait part de son intention d’investir 28 milliards de dollars dans son infrastructure cloud.";
  const lede = "Alibaba annonce investir quelque 28 milliards de dollars dans son infrastructure cloud au cours des trois prochaines années.";

  it("recognises a line that restates the headline and is restated by the lede", () => {
    expect(isStandfirst(standfirst, headline, lede, false)).toBe(true);
  });

  it("recognises any short line followed by a dateline", () => {
    expect(isStandfirst("Le constructeur veut rassurer ses clients.", headline, lede, true)).toBe(true);
  });

  it("takes a lede that moves on to other facts for body text", () => {
    expect(isStandfirst(standfirst, headline, "« Nous voulons croître », explique le directeur.", false)).toBe(false);
  });
});

describe("isIntertitle", () => {
  it("is a short unpunctuated line followed by a paragraph", () => {
    expect(isIntertitle("Suprématie", "Alibaba Cloud est l’une des branches à la croissance la plus rapide.")).toBe(true);
    expect(isIntertitle("« Nous voulons attaquer Amazon »", "« De plus en plus de clients découvrent le cloud », assure-t-il.")).toBe(true);
  });

  it("is never the last line nor a sentence", () => {
    expect(isIntertitle("Suprématie", undefined)).toBe(false);
    expect(isIntertitle("Le groupe investit.", "Un paragraphe suit ici.")).toBe(false);
  });
});
