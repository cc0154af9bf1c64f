import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { type ImportedArticle, importArticle } from "@/lib/importer/import-article";
import { importLines } from "./import-lines";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

function importFixture(name: string): ImportedArticle {
  const text = fs.readFileSync(path.resolve(process.cwd(), "tests/fixtures/raw", name), "utf8");
  const result = importArticle(text, name, registry);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("importArticle", () => {
  it("reads a dateline, a byline, a standfirst and an intertitle", () => {
    const { frontMatter, body, slug } = importFixture("dateline-publie-le.txt");
    expect(slug).toBe("huawei-ouvre-un-centre-de-donnees-en-allemagne");
    expect(frontMatter).toMatchObject({
      title: "Huawei ouvre un centre de données en Allemagne",
      titleSource: "source",
      date: "2021-02-03",
      datePrecision: "day",
      dateInferred: false,
      author: "Jeanne Martin",
      summary: "Le constructeur chinois veut rassurer ses clients européens sur la localisation des données.",
      summarySource: "source",
      companies: ["huawei"],
      raw: "dateline-publie-le.txt",
    });
    expect(body).toContain("\n\n## Une demande des clients\n\n");
    expect(body).not.toMatch(/Menu|Publicité|Partager|Publié le|Par Jeanne/);
    expect(body.startsWith("Huawei a inauguré")).toBe(true);
  });

  it("says in the report which line every date comes from, stated or deduced", () => {
    const { warnings } = importFixture("dateline-publie-le.txt");
    expect(warnings).toContain("date : 2021-02-03, lue dans « Publié le 3 février 2021 à 9h12 »");
    const lines = ["Le fil", "Scaleway ouvre une zone à Marseille", "Scaleway a ouvert une zone de disponibilité à Marseille, sa troisième en France, pour ses clients du Sud.", "La zone compte trois salles et sera étendue si la demande suit, a précisé l'hébergeur dans un communiqué."];
    const deduced = importArticle(lines.join("\n"), "page.txt", registry, { url: "https://example.fr/2025/04/08/scaleway-marseille" });
    if (!deduced.ok) throw new Error(deduced.message);
    expect(deduced.frontMatter).toMatchObject({ date: "2025-04-08", dateInferred: true });
    expect(deduced.warnings).toContain("date déduite : 2025-04-08, lue dans « https://example.fr/2025/04/08/scaleway-marseille »");
  });

  it("takes the author from a role byline or a signature, never from a photo credit", () => {
    expect(importFixture("byline-role-signature.txt").frontMatter.author).toBe("Jeanne Martin");
    const signed = importFixture("signature-name.txt");
    expect(signed.frontMatter.author).toBe("Marc-André Petit");
    expect(signed.body).not.toMatch(/Paul Durand|Marc-André/);
    expect(signed.warnings.join("\n")).toMatch(/crédits photo retirés du texte : Paul Durand/);
  });

  it("removes clutter in French and English, and keeps the article's sentences", () => {
    const { body, frontMatter, warnings } = importFixture("clutter-english-comments.txt");
    // Without a standfirst, the lead is the chapeau, printed once: not again as the body's first paragraph.
    expect(frontMatter).toMatchObject({
      summary: "Google va consacrer 600 millions d'euros à l'agrandissement de son centre de données de Saint-Ghislain, a annoncé l'entreprise. Les travaux doivent durer deux ans.",
      summarySource: "source",
    });
    expect(body.split("\n\n")).toEqual([
      "Le site, ouvert en 2010, emploie déjà plusieurs centaines de personnes. L'entreprise affirme qu'il fonctionne en grande partie avec de l'énergie renouvelable.",
    ]);
    expect(warnings.join("\n")).toMatch(/lignes retirées.*Leave a reply/);
  });

  it("writes an editorial title from the first sentence when there is no headline, and reads the source line", () => {
    const { frontMatter, body } = importFixture("no-headline.txt");
    expect(frontMatter).toMatchObject({
      title: "BCX a ouvert un nouveau centre de données à Durban pour ses clients du secteur public",
      titleSource: "editorial",
      date: "2022-03-01",
      dateInferred: true,
      source: { name: "Le Journal du Cloud", date: "2022-03-01", inferred: false },
      summary: "BCX a ouvert un nouveau centre de données à Durban pour ses clients du secteur public. L'opérateur promet que les données resteront en Afrique du Sud.",
      summarySource: "source",
    });
    expect(body).not.toContain("Source");
    expect(body).not.toContain("BCX a ouvert");
  });

  it("leaves the date empty when the weekday the text gives does not fit, and says why", () => {
    const { frontMatter, warnings } = importFixture("weekday-mismatch.txt");
    expect(frontMatter).toMatchObject({ date: null, datePrecision: "unknown", dateInferred: false });
    expect(frontMatter.dateNote).toMatch(/lundi 3 janvier 2023.*mardi/);
    expect(warnings.join("\n")).toMatch(/date non retenue.*mardi/);
  });

  it("completes a weekday + day with the caption's year and keeps the dated caption", () => {
    const { frontMatter } = importFixture("weekday-year-elsewhere.txt");
    expect(frontMatter).toMatchObject({ date: "2022-04-07", datePrecision: "day", dateInferred: true, titleSource: "editorial" });
    expect(frontMatter.captions).toEqual(["Des techniciens installent des serveurs dans le nouveau centre de Tencent, le 6 avril 2022."]);
  });

  it("leaves an undated text with date null and says so", () => {
    const { frontMatter, warnings } = importFixture("no-date.txt");
    expect(frontMatter).toMatchObject({ date: null, datePrecision: "unknown", dateInferred: false });
    expect(frontMatter.dateNote).toMatch(/Aucune date/);
    expect(warnings.join("\n")).toMatch(/aucune date trouvée/);
  });

  it("reports unknown names and quoted people, without listing those people as entities", () => {
    const { frontMatter, warnings } = importFixture("unknown-entities.txt");
    const text = warnings.join("\n");
    // Atos is in the registry since it grew to the sector's firms (issue #18).
    expect(text).toMatch(/entités inconnues : Toulouse, Occitanie$/m);
    expect(text).toMatch(/personnes citées à vérifier.*Marie Dupont \(directrice des opérations d'Atos\)/);
    expect(frontMatter.companies).toEqual(["atos", "amazon"]);
    expect(frontMatter.countries).toEqual([]);
    expect(frontMatter.people).toEqual([]);
    expect(frontMatter.summarySource).toBe("source");
  });

  it("drops an uninformative foreign caption under the headline, keeps a caption naming a person", () => {
    const { frontMatter, body, warnings } = importFixture("captions-agency-foreign.txt");
    expect(frontMatter.captions).toEqual(["En photo : Marie Dupont, directrice des centres de données d'Amazon en Europe"]);
    expect(body).not.toMatch(/datacenter|ANP|Jean Dubois|En photo/);
    expect(body.match(/Amazon investit dans ses centres/g)).toBeNull();
    expect(warnings.join("\n")).toMatch(/légende retirée \(en langue étrangère\)/);
  });

  it("fails with a message when nothing but clutter is left", () => {
    const text = ["Menu", "Publicité", "0Commentaire", "Leave a reply", "Lire aussi", "Plus", "03:00", "Partager sur Facebook"].join("\n").repeat(6);
    const result = importArticle(text, "vide.txt", registry);
    expect(result.ok).toBe(false);
  });
});

describe("importArticle publishes no false fact (issue #29)", () => {
  const P1 = "Le fournisseur roubaisien OVHcloud a inauguré un centre de données à Toronto, son deuxième au Canada après celui de Beauharnois.";
  const P2 = "Le site offre une capacité de 10 000 serveurs et vise les entreprises qui doivent garder leurs données au pays.";
  const P3 = "Michel Paulin, directeur général d'OVHcloud, a indiqué que d'autres ouvertures sont prévues en Inde d'ici 2027.";
  const run = importLines;

  it("refuses a page whose text, once cleaned, is too short, and says why", () => {
    const result = importArticle(["Menu", "OVHcloud ouvre un centre au Canada", "Cet article est réservé aux abonnés", P1.slice(0, 120), "Déjà abonné ? Se connecter", "© TechActu 2024"].join("\n"), "court.txt", registry);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/texte d'article trop court une fois la page nettoyée \(\d+ caractères, 200 au moins\)/) });
  });

  it("keeps the article that follows a subscription block printed above it", () => {
    const page = run("TechActu", "Cet article est réservé aux abonnés.", "S'abonner", "Déjà abonné ? Se connecter", "OVHcloud ouvre un deuxième centre de données au Canada", P1, P2, P3);
    expect(page.text).toContain(P3);
  });

  it("keeps a last sentence shaped like one, and lists it for the editor", () => {
    // A question closes no paragraph by shape (headlines ask too): an exclamation now does, and is a paragraph.
    const last = "Reste à savoir si les clients suivront ?";
    const page = run("OVHcloud ouvre un deuxième centre de données au Canada", P1, P2, last);
    expect(page.body.endsWith(last)).toBe(true);
    expect(page.report).toMatch(/peut-être de la page.*Reste à savoir/);
  });

  it("never dates the article by the site's 'today' in its masthead", () => {
    const page = run("Mercredi 20 novembre 2024", "TechActu", "Actualités", "Cloud", "Pro", "OVHcloud ouvre un deuxième centre de données au Canada", P1, P2);
    expect(page.frontMatter).toMatchObject({ date: null, datePrecision: "unknown" });
    expect(page.frontMatter.dateNote).toMatch(/Mercredi 20 novembre 2024/);
  });

  it("dates a wire by its dateline and names its agency the publisher when the page names no other", () => {
    const page = run("OVHcloud ouvre un deuxième centre de données au Canada", `TORONTO, le 7 février 2024 (ACP) – ${P1}`, P2);
    expect(page.frontMatter).toMatchObject({ date: "2024-02-07", dateInferred: false });
    expect(page.dateEvidence).toMatch(/^TORONTO, le 7 février 2024/);
  });

  it("puts a caption printed twice, and credits printed above the headline, out of the text, once", () => {
    const caption = "Le centre de données d'OVHcloud à Beauharnois, au Québec.";
    const page = run("TechActu", "Getty Images", caption, caption, "AFP", "DR", "OVHcloud ouvre un deuxième centre de données au Canada", P1, P2);
    expect(page.frontMatter.captions).toEqual([`${caption} (AFP)`]);
    expect(page.frontMatter.title).toBe("OVHcloud ouvre un deuxième centre de données au Canada");
    expect(page.text).not.toMatch(/Getty|Beauharnois, au Québec\.|\bDR\b/);
  });

  it("writes the publisher and the address given with --url into source", () => {
    const result = importArticle(["TechActu", "OVHcloud ouvre un deuxième centre de données au Canada", P1, P2].join("\n"), "page.txt", registry, { url: "https://www.techactu.fr/cloud/ovh" });
    expect(result.ok && result.frontMatter.source).toEqual({ name: "TechActu", url: "https://www.techactu.fr/cloud/ovh", inferred: false });
  });
});
