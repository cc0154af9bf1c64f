import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { captionInformation, hasAgencyCredit, looksForeign, markedCaption, splitAgencyCredit, splitTrailingCredit } from "@/lib/importer/page/captions";
import { importArticle } from "@/lib/importer/import-article";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

describe("markedCaption", () => {
  it("takes a line ending with a bar, without the bar", () => {
    expect(markedCaption("Un technicien dans le centre de données de Francfort, le 6 avril 2022. |")).toBe(
      "Un technicien dans le centre de données de Francfort, le 6 avril 2022.",
    );
  });

  it("keeps « En photo : » and « Photo d'illustration : » captions as written", () => {
    expect(markedCaption("En photo : Marie Dupont, directrice")).toBe("En photo : Marie Dupont, directrice");
    expect(markedCaption("Photo d'illustration : des serveurs dans un centre de données.")).toBe("Photo d'illustration : des serveurs dans un centre de données.");
  });

  it("ignores prose", () => {
    expect(markedCaption("Le groupe a ouvert un centre de données.")).toBeUndefined();
  });
});

describe("agency captions", () => {
  it("spots and strips an agency credit", () => {
    expect(hasAgencyCredit("Een datacenter van het bedrijf. – ANP")).toBe(true);
    expect(splitAgencyCredit("Een datacenter van het bedrijf. – ANP")).toEqual({ caption: "Een datacenter van het bedrijf.", credit: "ANP" });
    expect(hasAgencyCredit("Le groupe investit dans le cloud public en Europe.")).toBe(false);
  });

  it("tells a foreign caption from a French one", () => {
    expect(looksForeign("Alibaba is een van de grootste Chinese bedrijven.")).toBe(true);
    expect(looksForeign("Die Rechenzentren stehen in einem Industriegebiet am Stadtrand.")).toBe(true);
    expect(looksForeign("Un ingénieur examine des équipements dans le centre de données.")).toBe(false);
  });
});

describe("captionInformation", () => {
  it("keeps what names a date, a country or a person", () => {
    expect(captionInformation("Un ingénieur dans le centre du Hebei, le 11 septembre 2016.", registry)).toEqual(["une date"]);
    expect(captionInformation("Le centre de données de Johannesburg, en Afrique du Sud.", registry)).toEqual(["un lieu"]);
    expect(captionInformation("En photo : Ferri Abolhassan, directeur de la division IT", registry)).toEqual(["une personne"]);
  });

  it("finds nothing in a generic caption, even with a company or an adjective", () => {
    expect(captionInformation("Alibaba est l'un des plus grands groupes chinois.", registry)).toEqual([]);
  });
});

describe("a caption and its credit on one line", () => {
  it.each([
    ["Les grues sont toujours là, mais la charpente est posée. PHOTO CAMILLE DESROSIERS", "Les grues sont toujours là, mais la charpente est posée.", "CAMILLE DESROSIERS"],
    ["Le campus de Lévis, en septembre dernier. (Photo La Voix de l'Est, Jean Roy)", "Le campus de Lévis, en septembre dernier.", "La Voix de l'Est, Jean Roy"],
    ["Le site de Machelen est le plus récent des deux. © Belga", "Le site de Machelen est le plus récent des deux.", "Belga"],
    ["Le futur bâtiment, ici en image de synthèse, sera plus haut. Safe Host/DR", "Le futur bâtiment, ici en image de synthèse, sera plus haut.", "Safe Host/DR"],
    ["Une station d'atterrissage sur le port de Marseille, en mars 2023. (Illustration) JULIEN VASSEUR / AFP", "Une station d'atterrissage sur le port de Marseille, en mars 2023.", "JULIEN VASSEUR / AFP"],
    ["Le chantier du campus de Nozay, le 3 mars 2024. (JULIEN DUPRÉ / MAXPPP)", "Le chantier du campus de Nozay, le 3 mars 2024.", "JULIEN DUPRÉ / MAXPPP"],
    ["La salle des serveurs du site de Vitry, en janvier. Photo : Jeanne Martin", "La salle des serveurs du site de Vitry, en janvier.", "Jeanne Martin"],
    ["Le directeur du site devant les baies de stockage. (Crédit photo : Data4)", "Le directeur du site devant les baies de stockage.", "Data4"],
    ["Le parc accueille déjà 200 entreprises, près des pistes. - Photo d'archives Benoît Delvaux", "Le parc accueille déjà 200 entreprises, près des pistes.", "Benoît Delvaux"],
    ["Le futur bâtiment sera construit à côté des deux halles existantes. KEYSTONE/Martial Trezzini", "Le futur bâtiment sera construit à côté des deux halles existantes.", "KEYSTONE/Martial Trezzini"],
  ])("%s", (line, caption, credit) => {
    expect(splitTrailingCredit(line)).toEqual({ caption, credit });
  });

  it("is not a paragraph that ends with its agency, nor prose", () => {
    expect(splitTrailingCredit("Le groupe a confirmé l'ouverture du site mardi. AFP")).toBeUndefined();
    expect(splitTrailingCredit("Le groupe a ouvert un centre de données. Il emploie 40 personnes.")).toBeUndefined();
    expect(splitTrailingCredit("« Nous ouvrirons le second bâtiment en 2026 », a confirmé le directeur. © Belga")).toBeUndefined();
  });

  it("goes to captions with its credit, out of the body, when the page prints it under the headline", () => {
    const page = [
      "Data4 ouvre un campus à Nozay",
      "Par Jeanne Martin",
      "Les grues sont toujours là, mais la charpente est posée. PHOTO CAMILLE DESROSIERS",
      "L'opérateur Data4 a inauguré mardi un campus de centres de données à Nozay, dans l'Essonne, après deux ans de travaux.",
      "Le site accueillera ses premiers clients au printemps, selon la direction, qui prévoit déjà un deuxième bâtiment sur le terrain voisin.",
    ].join("\n");
    const result = importArticle(page, "legende.txt", registry);
    expect(result.ok && result.frontMatter.captions).toEqual(["Les grues sont toujours là, mais la charpente est posée. (CAMILLE DESROSIERS)"]);
    expect(result.ok && result.body).not.toContain("grues");
  });
});
