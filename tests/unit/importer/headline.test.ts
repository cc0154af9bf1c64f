import { describe, expect, it } from "vitest";
import { isIntertitle, isStandfirst } from "@/lib/importer/page/body-blocks";
import { editorialTitle, titleParagraph } from "@/lib/importer/page/editorial-title";
import { HEADLINE_THRESHOLD, headlineReport, isHeadlineShaped, sameText, scoreHeadline } from "@/lib/importer/page/headline";

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

  it("cuts a long first sentence on a whole word, at most 90 characters, never on a little word", () => {
    const sentence = `${"Le groupe chinois annonce un investissement considérable ".repeat(4)}dans le cloud.`;
    const title = editorialTitle(sentence);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(sentence.startsWith(title)).toBe(true);
    expect(sentence.charAt(title.length)).toBe(" ");
    expect(title).not.toMatch(/\s(de|du|un|le|la|dans)$/);
  });

  it("shortens a long clause by dropping its last complements, so that it stays whole (who does what)", () => {
    expect(editorialTitle("Brookfield a racheté l'opérateur allemand de centres de données Data Power pour 2,3 milliards d'euros, a-t-on appris jeudi.")).toBe(
      "Brookfield a racheté l'opérateur allemand de centres de données Data Power",
    );
  });

  it("keeps the main clause: no scene-setting opener, no apposition, stops at the first comma", () => {
    expect(editorialTitle("Selon nos informations, Digital Realty a finalisé l'achat d'un terrain de 12 hectares à Dugny, en Seine-Saint-Denis, près du Bourget.")).toBe(
      "Digital Realty a finalisé l'achat d'un terrain de 12 hectares à Dugny",
    );
    expect(editorialTitle("BCX, une filiale de l'opérateur télécoms Telkom, a lancé la semaine dernière son service cloud, baptisé ALP.")).toBe(
      "BCX a lancé la semaine dernière son service cloud",
    );
    expect(editorialTitle("Le fabricant taïwanais Foxconn va construire au Mexique une usine de serveurs pour Nvidia, à Guadalajara.")).toBe(
      "Le fabricant taïwanais Foxconn va construire au Mexique une usine de serveurs pour Nvidia",
    );
  });
});

describe("a post opening with an emoji (titleParagraph, editorialTitle)", () => {
  it("writes the title from a whole sentence behind a post's marker, without the marker, never cut inside « mis en service »", () => {
    const post = "🔴 Le câblo-opérateur panafricain Wiocc a mis en service ce matin son centre de données d'Abidjan, dans la zone industrielle de Yopougon.";
    expect(titleParagraph([post, "Capacité de départ : 5 MW. Le groupe annonce 20 MW à terme."])).toBe(post);
    expect(editorialTitle(post)).toBe("Le câblo-opérateur panafricain Wiocc a mis en service ce matin son centre de données");
  });

  it("still skips a post's opening exclamation (« 🚀 Grande étape pour Eclairion aujourd'hui ! »)", () => {
    const next = "Nous avons mis en service 12 MW supplémentaires sur notre site de Bouchain.";
    expect(titleParagraph(["🚀 Grande étape pour Eclairion aujourd'hui !", next])).toBe(next);
    expect(titleParagraph(["🚀 Un long message qui commence par un émoji et ne dit rien de plus que son enthousiasme, vraiment rien !", next])).toBe(next);
  });
});

describe("scoreHeadline", () => {
  const context = { opening: "OVHcloud a inauguré un centre de données à Toronto, son deuxième au Canada.", otherLines: ["© 2024 Le Journal de l'Ouest numérique, tous droits réservés"], closest: true, bylineAfter: true, inBlock: false };

  it("scores a headline echoed by the text above a masthead found again in the footer", () => {
    const headline = scoreHeadline(3, "OVHcloud ouvre un deuxième centre de données au Canada", context)!;
    const masthead = scoreHeadline(0, "Le Journal de l'Ouest numérique", { ...context, closest: false, bylineAfter: false })!;
    expect(headline.score).toBeGreaterThanOrEqual(HEADLINE_THRESHOLD);
    expect(masthead.score).toBeLessThan(HEADLINE_THRESHOLD);
    expect(masthead.reasons.join(" ")).toMatch(/autre ligne de la page/);
  });

  it("does not consider a sentence, a person's name or a role line", () => {
    expect(scoreHeadline(0, "OVHcloud ouvre un deuxième centre de données au Canada.", context)).toBeUndefined();
    expect(scoreHeadline(0, "Marie-Ève Tremblay", context)).toBeUndefined();
    expect(scoreHeadline(0, "Directeur général chez NordHost SAS", context)).toBeUndefined();
  });

  it("explains the choice and names the rejected lines", () => {
    const chosen = scoreHeadline(3, "OVHcloud ouvre un deuxième centre de données au Canada", context)!;
    const rejected = scoreHeadline(0, "Le site des passionnés de télécoms", { ...context, closest: false, bylineAfter: false })!;
    expect(headlineReport(chosen, [rejected])).toMatch(/^titre choisi : « OVHcloud ouvre.*» \(\d+ : .*juste avant le texte.*\) ; écartés : « Le site des passionnés de télécoms » \(\d+ : /);
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
