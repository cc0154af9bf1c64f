import { describe, expect, it } from "vitest";
import { isCallToAction } from "@/lib/importer/page/calls-to-action";
import { clutterKind } from "@/lib/importer/page/clutter";
import { parseCredit } from "@/lib/importer/page/source";
import { joinBrokenLines } from "@/lib/importer/page/broken-lines";
import { P1, P2, P3, page, run, H, BY, DATE } from "./news-page";

/*
 * Round 38 (held-out-27 and -28, read after their single blind scoring): an
 * intertitle quoting its section, an intertitle under a key-points box, a
 * paragraph carried on by « et », the author's closing call about the matter,
 * a cookie banner for the audience, a paper's tagline, a caption's « Photo
 * AB/Paper » credit, the copy-link button. Every page and line here is made up.
 */
describe("a quotation alone over a paragraph", () => {
  const Q = "« Nous l'avons su par la presse »";
  const SAID = "« Le projet était bouclé avant la réunion. Nous l'avons su par la presse », regrette Paul Ricard, voisin du terrain depuis vingt ans.";
  it("heads its section when the paragraph under it says it further on: the intertitle stays", () => {
    const p = page(P1, P2, Q, SAID, P3);
    expect(p.text).toContain(Q);
    expect(p.text).toContain(SAID);
  });
  it("near miss: the same words opening the paragraph under it are its display copy, removed", () => {
    const opens = "« Nous l'avons su par la presse », regrette Paul Ricard, voisin du terrain depuis vingt ans, qui a écrit au maire.";
    const p = page(P1, P2, Q, opens, P3);
    expect(p.text).toContain(opens);
    expect(p.text.split(Q).length).toBe(2);
  });
});

describe("a key-points box over an intertitle", () => {
  const box = ["À retenir", "12 MW raccordés en 2026", "Plus de 40 emplois prévus", "90 millions d'euros investis"];
  const title = "Le maire obtient un report";
  const under = "Le maire obtient de l'exploitant un report de six mois, le temps de consulter les riverains du quartier de la gare. Une réunion publique est prévue en avril à la salle des fêtes.";
  it("ends at the intertitle, whose words the paragraph under it takes up: the title stays, the box goes", () => {
    const p = page(P1, P2, ...box, title, under, P3);
    expect(p.text).toContain(title);
    expect(p.text).not.toContain("Plus de 40 emplois prévus");
  });
  it("near miss: a last row the paragraph under it does not take up is still a row", () => {
    const p = page(P1, P2, ...box, "Une mise en service en 2027", under, P3);
    expect(p.text).not.toContain("Une mise en service en 2027");
    expect(p.text).toContain(under);
  });
});

describe("a paragraph line left open", () => {
  const para = "Le maire a présenté lundi le projet aux habitants du quartier.";
  it("is joined to the next when that one goes on by « et » in small letters and ends the sentence", () => {
    const { lines } = joinBrokenLines([para, "", "Le bâtiment aura des panneaux solaires sur sa toiture", "et une batterie pour passer les coupures de courant du réseau.", ""]);
    expect(lines).toContain("Le bâtiment aura des panneaux solaires sur sa toiture et une batterie pour passer les coupures de courant du réseau.");
  });
  it("near miss: a short heading over a line in small letters is not joined", () => {
    const { lines } = joinBrokenLines([para, "", "Une toiture solaire", "et une batterie pour passer les coupures de courant du réseau.", ""]);
    expect(lines).toContain("Une toiture solaire");
  });
});

describe("the author's closing call", () => {
  it("about the article's matter stays in the text", () => {
    expect(isCallToAction("N'hésitez pas à raconter en commentaire votre expérience si vous avez déjà installé ces onduleurs.")).toBe(false);
  });
  it("near miss: asking to share the article is the site's call", () => {
    expect(isCallToAction("Si vous avez aimé cet article, n'hésitez pas à le partager en commentaire.")).toBe(true);
  });
});

describe("page furniture", () => {
  it("a site's cookie banner for its audience over its buttons goes, and the headline under it is found", () => {
    const p = run("Le Berry Libre utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés.", "J'accepte", "Je refuse", "Le Berry Libre", "Économie", H, BY, DATE, P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toContain("cookies");
  });
  it("near miss: a firm measuring audiences with cookies in a paragraph is text", () => {
    const line = "La régie utilise des cookies pour mesurer l'audience de ses clients, selon le rapport de la CNIL publié mardi.";
    expect(page(P1, line, P2).text).toContain(line);
  });
  it("a paper's tagline « X est un média indépendant. Il ne vit que grâce à ses abonnés. » is its appeal", () => {
    expect(clutterKind("Le Berry Libre est un média indépendant. Il ne vit que grâce à ses abonnés.")).toBe("call-to-action");
    expect(clutterKind("Le Berry Libre est un média indépendant, qui a révélé l'affaire des terrains en mars dernier.")).toBeNull();
  });
  it("the copy-link button with its address is a share widget; a sentence about copying a link is not", () => {
    expect(clutterKind("Copier le lien : https://www.exemple.fr/2026/03/04/nordvolt-vierzon/")).toBe("share");
    expect(clutterKind("Copier le lien vers le registre a suffi, dit-il.")).toBeNull();
  });
  it("« Photo AB/Paper » credits a picture; « Photo 3/4 » or a sentence does not", () => {
    expect(parseCredit("Photo JR/Berry24")).toBe("JR/Berry24");
    expect(parseCredit("Photo 3/4")).toBeUndefined();
    expect(parseCredit("Photo de la gare/ancien dépôt")).toBeUndefined();
  });
});
