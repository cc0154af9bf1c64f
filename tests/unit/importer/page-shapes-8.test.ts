import { describe, expect, it } from "vitest";
import { mailEnvelopeEnd } from "@/lib/importer/page/mail-envelope";
import { importLines } from "./import-lines";

/*
 * Page shapes of the eighth blind set's causes (issue #29, round 10), each with
 * the look-alike that must not change: a release forwarded by e-mail, its
 * « À propos » block naming its issuer. Kept apart from the earlier page-shapes
 * files so that rounds working at once add files, not hunks.
 */

const HEADLINE = "Nordvolt inaugure un centre de données à Saint-Priest";
const P1 = "Saint-Priest, le 9 décembre 2025 – Nordvolt a inauguré aujourd'hui un centre de données de 12 mégawatts à Saint-Priest, pour 90 millions d'euros.";
const P2 = "Le bâtiment accueillera une trentaine de salariés, selon la direction de Nordvolt, qui prévoit une deuxième phase en 2027.";
const P3 = "La chaleur fatale sera injectée dans le réseau urbain de la commune, qui chauffe déjà trois écoles et une piscine.";

const run = importLines;

const ENVELOPE = [
  "De : Claire Martin <c.martin@agence.example>",
  "Envoyé : mardi 9 décembre 2025 11:42",
  "Objet : TR: CP - Nordvolt à Saint-Priest",
  "Bonjour,",
  "Je vous transfère le communiqué ci-dessous, sous embargo jusqu'à 14h.",
  "Claire",
  "-----Message d'origine-----",
  "De : Service presse Nordvolt <presse@nordvolt.example>",
  "Objet : CP - Nordvolt à Saint-Priest",
];

describe("a release forwarded by e-mail", () => {
  it("drops the mail's headers, note and signature down to the release, which keeps its title and dateline", () => {
    const page = run(...ENVELOPE, "COMMUNIQUÉ DE PRESSE", HEADLINE, P1, P2, P3);
    expect(page.frontMatter).toMatchObject({ title: HEADLINE, date: "2025-12-09" });
    expect(page.text).not.toMatch(/transfère|Claire|Message d'origine|Objet/u);
    expect(mailEnvelopeEnd([...ENVELOPE, HEADLINE])).toBe(ENVELOPE.length);
  });

  it("leaves a page that does not open on a mail's headers whole, even with key–value lines", () => {
    expect(mailEnvelopeEnd([HEADLINE, "De : notre correspondant", "Objet : une visite", P1])).toBe(0);
    expect(mailEnvelopeEnd(["Auteur : Claire Martin", "Date : 9 décembre 2025", HEADLINE, P1])).toBe(0);
  });

  it("takes a release's issuer from its « À propos de X » block when the text names X; not a firm only presented there", () => {
    const about = run("COMMUNIQUÉ DE PRESSE", HEADLINE, P1, P2, P3, "À propos de Nordvolt", "Nordvolt exploite 14 centres de données en Europe.");
    expect(about.frontMatter.source?.name).toBe("Nordvolt");
    const other = run("COMMUNIQUÉ DE PRESSE", HEADLINE, P1, P2, P3, "À propos de Kerlann", "Kerlann conçoit des bâtiments techniques.");
    expect(other.frontMatter.source?.name).not.toBe("Kerlann");
  });
});

describe("a desk's signature in lower case", () => {
  it("« Par la rédaction » signs no author and leaves the body; a sentence opening the same way stays", () => {
    const desk = run(HEADLINE, "Mis en ligne le 12 mars 2025", "Par la rédaction", "", P1, P2, P3);
    expect(desk.frontMatter.author ?? null).toBeNull();
    expect(desk.body).not.toContain("Par la rédaction");
    const sentence = run(HEADLINE, "Mis en ligne le 12 mars 2025", "", P1, "Par la rédaction de nos confrères du Monde, l'affaire a été révélée hier soir.", P2, P3);
    expect(sentence.body).toContain("Par la rédaction de nos confrères du Monde");
  });
});
