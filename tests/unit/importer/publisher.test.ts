import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { importArticle } from "@/lib/importer/import-article";
import { findPublisher, nameFromHost } from "@/lib/importer/page/publisher";
import { readLayout } from "@/lib/importer/page/layout";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));
const TEXT = [
  "L'opérateur Infomaniak a mis en service mardi son nouveau centre de données de Plan-les-Ouates, près de Genève, sous un immeuble de logements.",
  "La chaleur des serveurs est injectée dans le réseau de chauffage à distance du quartier, qui dessert l'équivalent de 6000 logements.",
];

/** What the importer finds of the page's publisher, with the options `npm run import` passes. */
function publisherOf(lines: string[], options: { url?: string; sourceName?: string } = {}) {
  const layout = readLayout(lines);
  return findPublisher(lines, layout.roles, { textStart: layout.textStart, ...options });
}

describe("the publisher a page names", () => {
  it("is its masthead, stronger when printed again in the footer", () => {
    const found = publisherOf(["La Tribune lémanique", "Genève", "Économie", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "© La Tribune lémanique 2024 – Tous droits réservés"]);
    expect(found.publisher).toEqual({ name: "La Tribune lémanique", inferred: false });
    expect(found.report).toMatch(/bandeau, copyright/);
  });

  it("is read in a logo's text, a copyright line, a newsletter prompt, a spelled-out name beating its initials", () => {
    expect(publisherOf(["Logo du site TechActu", "Actualités", "Infomaniak inaugure un centre de données à Genève", ...TEXT]).publisher?.name).toBe("TechActu");
    expect(publisherOf(["Menu", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "Copyright © 2024 Le Monde des DSI. Tous droits réservés."]).publisher?.name).toBe("Le Monde des DSI");
    expect(publisherOf(["Accueil", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "Recevez chaque lundi la lettre de Cameroun Tech Hebdo"]).publisher?.name).toBe("Cameroun Tech Hebdo");
    expect(publisherOf(["ACP – Agence Centre Presse", "Dépêche", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "© ACP 2025"]).publisher?.name).toBe("Agence Centre Presse");
  });

  it("is the public body heading its release, cased as the text writes it", () => {
    const found = publisherOf(["RÉPUBLIQUE", "FRANÇAISE", "MINISTÈRE CHARGÉ DU NUMÉRIQUE", "COMMUNIQUÉ DE PRESSE", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "Le ministre chargé du Numérique a salué le projet.", "Cabinet du ministre chargé du Numérique"]);
    expect(found.publisher?.name).toBe("Ministère chargé du Numérique");
  });

  it("is a Swiss canton heading its release; « État des lieux » is none", () => {
    const release = publisherOf(["Canton de Genève", "Accueil › Actualités", "Communiqué de presse – Genève, le 12.03.2025", "Infomaniak inaugure un centre de données à Genève", ...TEXT]);
    expect(release.publisher?.name).toBe("Canton de Genève");
    // « État des lieux » over a release is a heading, not a state's name.
    expect(publisherOf(["État des lieux", "Communiqué de presse – Genève, le 12.03.2025", "Infomaniak inaugure un centre de données à Genève", ...TEXT]).publisher).toBeUndefined();
  });

  it("is none when the page names none (a menu word is no masthead)", () => {
    const found = publisherOf(["Accueil", "Réseau", "Emplois", "Infomaniak inaugure un centre de données à Genève", ...TEXT]);
    expect(found.publisher).toBeUndefined();
    expect(found.report).toMatch(/--source ou --url/);
  });

  it("a host without the name's articles and « de » agrees with it; another name's host does not", () => {
    const page = ["La Voix de l'Estuaire", "Économie", "Infomaniak inaugure un centre de données à Genève", ...TEXT];
    expect(publisherOf(page, { url: "https://www.voix-estuaire.fr/a" }).publisher).toMatchObject({ name: "La Voix de l'Estuaire", inferred: false });
    expect(publisherOf(page, { url: "https://www.voix-ocean.fr/a" }).publisher).toMatchObject({ name: "Voix Ocean", inferred: true });
  });

  it("with the page's address: the page's name the host agrees with, else a name made from the host, marked as deduced", () => {
    const page = ["Le Courrier vendéen", "Vendée", "Infomaniak inaugure un centre de données à Genève", ...TEXT];
    expect(publisherOf(page, { url: "https://www.courrier-vendeen.fr/economie/a.html" }).publisher).toEqual({
      name: "Le Courrier vendéen",
      url: "https://www.courrier-vendeen.fr/economie/a.html",
      inferred: false,
    });
    expect(publisherOf(page, { url: "https://actu.ouest-regions.fr/a" }).publisher).toMatchObject({ name: "Ouest Regions", inferred: true, note: expect.stringMatching(/ouest-regions\.fr/) });
    expect(publisherOf(page, { sourceName: "Le Courrier de Vendée", url: "https://x.example.org/a" }).publisher).toEqual({ name: "Le Courrier de Vendée", url: "https://x.example.org/a", inferred: false });
  });

  it("makes a readable name of a host, not a list of known sites", () => {
    expect(nameFromHost("www.lequotidien-national.fr")).toBe("Lequotidien National");
    expect(nameFromHost("m.techactu.co.uk")).toBe("Techactu");
    expect(nameFromHost("infos.example")).toBe("Infos");
  });

  it("is never the firm a press release's « Source : » line names, which stays a company of the article", () => {
    const result = importArticle(
      ["Newswire Europe", "Communiqués", "Equinix ouvre un sixième centre de données à Dublin", ...TEXT, "Source : Equinix, Inc.", "© 2024 Newswire Europe"].join("\n"),
      "communique.txt",
      registry,
    );
    expect(result.ok && result.frontMatter.source).toEqual({ name: "Newswire Europe", inferred: false });
  });
});

describe("what never publishes a page", () => {
  it("a web archive's toolbar: the captured site does, named in its own masthead and footer", () => {
    const page = ["The Wayback Machine - https://web.archive.org/web/20240705081522/https://www.nuage-hebdo.example/2024/07/02/article/", "Nuage Hebdo", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "© Nuage Hebdo 2024"];
    expect(publisherOf(page).publisher?.name).toBe("Nuage Hebdo");
    // A look-alike: the same masthead line without the address inside an address stays a masthead.
    expect(publisherOf(["The Wayback Machine", "Nuage Hebdo", "Infomaniak inaugure un centre de données à Genève", ...TEXT, "© The Wayback Machine 2024"]).publisher?.name).toBe("The Wayback Machine");
  });

  it("a footer's links beside the copyright mark, though the holder after the mark is taken", () => {
    const links = publisherOf(["Infomaniak inaugure un centre de données à Genève", ...TEXT, "Politique de confidentialité · Accord d'utilisation · © 2025"]);
    expect(links.publisher).toBeUndefined();
    const holder = publisherOf(["Infomaniak inaugure un centre de données à Genève", ...TEXT, "Politique de confidentialité · © 2025 La Tribune lémanique"]);
    expect(holder.candidates.concat(holder.publisher ? [holder.publisher.name] : [])).toContain("La Tribune lémanique");
  });

  it("an outlet a press review cites, when it cites several; a single « Source » line still names it", () => {
    const review = (sources: string[]) =>
      importArticle(["Fédération du Numérique Responsable", "", "Revue de presse du 10 au 14 novembre 2025", "Publiée le 14 novembre 2025", "", TEXT[0], `Source : ${sources[0]}, 10 novembre 2025`, "", TEXT[1], `Source : ${sources[1]}, 12 novembre 2025`].join("\n"), "revue.txt", registry);
    const several = review(["The Irish Ledger", "Tech Quarterly UK"]);
    expect(several.ok && several.frontMatter.source?.name).not.toBe("The Irish Ledger");
    const one = review(["The Irish Ledger", "The Irish Ledger"]);
    expect(one.ok && one.frontMatter.source?.name).toBe("The Irish Ledger");
  });
});
