import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { isEmbedStamp } from "@/lib/importer/page/embedded-posts";
import { importArticle } from "@/lib/importer/import-article";
import { loadRegistry } from "@/lib/content/load-registry";

/*
 * Held-out-21's first reading gave one false date: an embedded post's stamp
 * (« Tweet de @compte · 3 juillet 2023 ») in the text was read as a desk's
 * dateline (« APS | 22/01/2025 »), and dated the article by the post. A part
 * holding an account's handle, or naming the post, heads an embed: its date is
 * the post's, never the article's. Its byline, under the paper's initials
 * (« OLJ / Par … »), was missed too.
 */
const registry = loadRegistry(`${process.cwd()}/content`);

describe("an embedded post's stamp dates no article", () => {
  it("« Tweet de @compte · date » and « Name @compte · date » are a post's stamps", () => {
    expect(isEmbedStamp("Tweet de @NordCloudFR · 14 mars 2024")).toBe(true);
    expect(isEmbedStamp("Jeanne Morel @JMorel_Cloud · 2 avril 2025")).toBe(true);
  });

  it("a desk or an agency before its date is none (near miss)", () => {
    expect(isEmbedStamp("APS | 22/01/2025 - 17:08")).toBe(false);
    expect(isEmbedStamp("La rédaction · 14 mars 2024")).toBe(false);
  });

  it("a page whose only date in the text is a quoted post's gets no date from it", () => {
    const paragraph = "La société Brume Hébergement prépare l'ouverture d'un centre de données de six mégawatts à Vannes, dans le Morbihan, pour un investissement de 40 millions d'euros. Le chantier doit commencer au printemps, après l'obtention du permis de construire.";
    const page = [
      "Le Courrier numérique",
      "Économie",
      "Un centre de données de six mégawatts à Vannes",
      "Par Louise Garnier",
      paragraph,
      "Tweet de @BrumeHeberg · 3 juillet 2023",
      "Heureux de confirmer notre futur site de Vannes, le premier de notre réseau breton !",
      "Le maire de Vannes a salué un projet qui doit créer une vingtaine d'emplois. « Nous avons besoin de ces infrastructures sur notre territoire », a-t-il déclaré lors de la présentation du projet aux élus de l'agglomération.",
      "Les riverains du parc d'activités seront consultés lors d'une réunion publique organisée à la mairie avant la fin de l'année, a précisé la société dans un communiqué.",
    ].join("\n");
    const result = importArticle(page, "vannes-embed", registry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.date ?? null).not.toBe("2023-07-03");
    expect(result.body).not.toContain("Tweet de @BrumeHeberg");
  });
});

describe("a paper's initials before its byline", () => {
  it("« SIGLE / Par Name, le date » gives the author and the date", () => {
    const read = readByline("LQN / Par Samir Khoury, le 12 mai 2024 à 08h00");
    expect(read?.author).toBe("Samir Khoury");
    expect(read?.date?.day).toBe(12);
  });

  it("initials before a slash without « Par » sign nothing (near miss)", () => {
    expect(readByline("LQN / AFP")).toBeUndefined();
  });
});
