import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/importer/page/dateline";
import { BY, DATE, H, P1, P2, P3, run } from "./news-page";

/*
 * Page shapes of round 25's causes (issue #29: held-out-17's lost text, dates,
 * authors and furniture), each with the look-alike that must not change.
 * Made-up pages, no blind page's words.
 */

const HEAD = ["Le Berry Libre", "Économie", H, BY, DATE] as const;

describe("a post embedded on one line with its account, its date alone under it", () => {
  const post = "Jeanne Morel (@jmorel) : « Belle journée pour Vierzon, le chantier démarre enfin. »";
  const heading = "Des serveurs par milliers";
  const paragraph = "Le futur bâtiment accueillera des milliers de serveurs, avec qui Nordvolt a signé un contrat de maintenance. La chaleur sera revendue au réseau de la ville.";
  it("is the embed: it and its date leave the text, and the heading and paragraph above it under a link stay", () => {
    const p = run(...HEAD, P1, "À découvrir", "Les meilleures box en 2026 : notre comparatif", heading, paragraph, post, "2 mars 2026", P2, P3);
    expect(p.body).toContain(heading);
    expect(p.body).toContain(paragraph);
    expect(p.text).not.toContain("@jmorel");
    expect(p.body).not.toContain("2 mars 2026");
    expect(p.frontMatter.date).toBe("2026-03-04");
  });

  it("look-alike: the same line without a date under it is a paragraph quoting the post, kept", () => {
    const p = run(...HEAD, P1, post, P2, P3);
    expect(p.body).toContain(post);
  });
});

describe("a paragraph's last sentence cut before a name and its apposition", () => {
  const open = "C'était le dossier le plus attendu du conseil. Mardi soir, les élus ont approuvé la vente d'un terrain de 4 hectares au profit de l'entreprise";
  const rest = "Nordvolt Data, basée à Bourges (Cher).";
  it("the open line holds a whole sentence and the rest has no verb: one paragraph", () => {
    const p = run(...HEAD, open, rest, P2, P3);
    expect(p.text).toContain(`${open} ${rest}`);
  });

  it("look-alike: a rest with a verb of its own is a sentence, and a line closed by its period is whole: not joined", () => {
    const p = run(...HEAD, `${open}.`, rest, P2, P3);
    expect(p.text).not.toContain(`${open}. ${rest}`);
    const q = run(...HEAD, open, "Nordvolt Data, basée à Bourges, recrutera vingt techniciens.", P2, P3);
    expect(q.text).not.toContain(`${open} Nordvolt`);
  });
});

describe("the page naming itself in its date line", () => {
  it("« Ce contenu a été publié le … », « Cet article est paru le … »: the page's own date, and the line leaves the text", () => {
    expect(parseDateline("Ce contenu a été publié le 4 mars 2026 - 07:00")).toMatchObject({ day: 4, month: 3, year: 2026 });
    expect(parseDateline("Cet article est paru le 4 mars 2026")).toMatchObject({ day: 4, month: 3, year: 2026 });
    const p = run("Le Berry Libre", "Économie", H, "Ce contenu a été publié le 4 mars 2026 - 07:00", P1, P2, P3);
    expect(p.frontMatter.date).toBe("2026-03-04");
    expect(p.text).not.toContain("Ce contenu a été publié");
  });

  it("look-alike: another text published on a date (« Le décret a été publié le … ») dates nothing", () => {
    expect(parseDateline("Le décret a été publié le 4 mars 2026 au Journal officiel.")).toBeUndefined();
    expect(parseDateline("Le rapport a été publié le 4 mars 2026")).toBeUndefined();
  });
});

describe("a byline printed « Publisher — Name »", () => {
  it("the publisher's name, printed again on the page, a dash, a name printed once: the name is the author", () => {
    const p = run("Berry.com", "Économie", H, "04.03.2026 07:00", "Berry.com — Jeanne Morel", P1, P2, P3, "© 2026 Berry.com");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
    expect(p.text).not.toContain("Jeanne Morel");
  });

  it("look-alike: a report's title over a firm's name printed again, or initials over their expansion, names no author", () => {
    const p = run("Rapport annuel 2025 – Nordvolt Data", H, DATE, P1, P2, P3, "Nordvolt Data – Rapport annuel 2025 – p. 4");
    expect(p.frontMatter.author).toBeUndefined();
    const q = run("RBL", "Économie", H, DATE, "RBL – Radio Berry Libre", P1, P2, P3, "RBL");
    expect(q.frontMatter.author).toBeUndefined();
  });
});

describe("after the text", () => {
  it("« Valeurs associées » heads a box of securities: its lines (a market's name among them) are no signature", () => {
    const p = run("Le Berry Libre", "Économie", H, DATE, P1, P2, P3, "Valeurs associées", "NORDVOLT", "Euronext Paris", "FR0000000000", "12,40 EUR", "Mentions légales");
    expect(p.frontMatter.author).toBeUndefined();
    expect(p.text).not.toContain("Euronext Paris");
  });

  it("the masthead's name printed again over the footer is the site's, not the signature of an unsigned article", () => {
    const p = run("Berry Libre", "Économie", H, DATE, P1, P2, P3, "Berry Libre", "Mentions légales", "Contact");
    expect(p.frontMatter.author).toBeUndefined();
  });

  it("look-alike: a person's name alone under the last paragraph, over the footer, still signs the article", () => {
    const p = run("Berry Libre", "Économie", H, DATE, P1, P2, P3, "Jeanne Morel", "Mentions légales", "Contact");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });
});

describe("a box the site inserts between paragraphs, over its button", () => {
  it("« Livre blanc : … » over « Télécharger », « Formation : … » over « Inscrivez-vous »: the promoted item and its button leave the text", () => {
    const p = run(...HEAD, P1, "Livre blanc : bien choisir son hébergeur régional", "Télécharger", P2, "Formation : piloter un centre de données sobre", "Inscrivez-vous", P3);
    expect(p.text).not.toContain("Livre blanc");
    expect(p.text).not.toContain("Télécharger");
    expect(p.text).not.toContain("Formation : piloter");
    expect(p.text).toContain(P3);
  });

  it("look-alike: an intertitle with a colon over a paragraph stays", () => {
    const p = run(...HEAD, P1, "Formation : la région finance vingt places", P2, P3);
    expect(p.body).toContain("Formation : la région finance vingt places");
  });

  it("a letter's pitch between its call and its button leaves the text; a sentence between a call and a paragraph stays", () => {
    const pitch = "Chaque lundi, l'essentiel de l'actualité numérique du Berry.";
    const p = run(...HEAD, P1, "Recevez notre newsletter Économie", pitch, "Je m'inscris", P2, P3);
    expect(p.text).not.toContain(pitch);
    const q = run(...HEAD, P1, "Recevez notre newsletter Économie", "Le maire a salué un projet « structurant » pour la ville.", P2, P3);
    expect(q.body).toContain("Le maire a salué un projet « structurant » pour la ville.");
  });
});

describe("what the page says of itself", () => {
  it("a consent banner naming the site, its buttons on the line; a paper funded by its readers; a robot's wire notice: furniture", () => {
    const lines = [
      "Le Berry Libre utilise des cookies pour vous proposer des contenus adaptés. Tout accepter | Personnaliser",
      "Le Berry Libre est financé par ses lecteurs. Soutenez un journalisme indépendant : abonnez-vous.",
      "Cet article a été rédigé automatiquement sur la base d'une dépêche de l'agence Berry Presse.",
    ];
    const p = run(...HEAD, P1, lines[1], P2, P3, lines[2], lines[0]);
    for (const line of lines) expect(p.text).not.toContain(line);
  });

  it("look-alike: a service funded by its subscribers, a firm using trackers, a report written from a survey stay", () => {
    const lines = ["Le réseau de chaleur est financé par ses abonnés, a rappelé le maire en séance.", "La société utilise des traceurs sur ses camions pour suivre les livraisons du chantier.", "Le rapport a été rédigé sur la base d'une enquête de terrain, précise l'agence."];
    const p = run(...HEAD, P1, ...lines, P2, P3);
    for (const line of lines) expect(p.body).toContain(line);
  });
});

describe("a caption with its credit printed again after the text", () => {
  it("the third copy, far below, is the same picture's: it leaves the text", () => {
    const caption = "Le chantier de la zone des Forges, à Vierzon, en janvier. Photo Le Berry /Jean Morel";
    const p = run(...HEAD, caption, caption, P1, P2, P3, "Un réseau sous tension", P1.replace("mardi", "lundi"), caption, "Économie");
    expect(p.body).not.toContain("Photo Le Berry");
  });
});
