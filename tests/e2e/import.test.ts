import { describe, expect, it } from "vitest";
import { newPage, xssBaseUrl } from "./support";

// global-setup.ts imported tests/fixtures/raw/dateline-publie-le.txt and announcement-amount-mw.txt into the fixture site with `npm run import`.
describe("an article written by the importer", () => {
  it("builds and renders with its headline, date, author and clean body", async () => {
    const page = await newPage({ site: xssBaseUrl });
    const response = await page.goto("/articles/huawei-ouvre-un-centre-de-donnees-en-allemagne");
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toBe("Huawei ouvre un centre de données en Allemagne");
    const header = await page.locator("main header").innerText();
    expect(header).toContain("3 février 2021");
    expect(header).toContain("Jeanne Martin");
    const body = await page.locator(".prose").innerText();
    expect(body).toContain("Huawei a inauguré mercredi un centre de données près de Francfort.");
    expect(await page.locator(".prose h2").textContent()).toBe("Une demande des clients");
    for (const clutter of ["Menu", "Partager sur Facebook", "Publicité", "Publié le"]) expect(body).not.toContain(clutter);
    expect(await page.getByRole("region", { name: "Provenance" }).innerText()).toContain("dateline-publie-le.txt");
  });

  it("names its publisher, read in the page's footer, in its byline and on its card in the lists", async () => {
    const page = await newPage({ site: xssBaseUrl });
    await page.goto("/articles/huawei-ouvre-un-centre-de-donnees-en-allemagne");
    expect(await page.locator("main header").innerText()).toContain("Le Courrier du Rhin");
    await page.goto("/articles");
    const card = page.locator("article").filter({ has: page.locator('a[href="/articles/huawei-ouvre-un-centre-de-donnees-en-allemagne"]') });
    expect(await card.locator("cite[data-publisher]").innerText()).toBe("Le Courrier du Rhin");
  });
});

describe("an announcement the importer proposed", () => {
  const slug = "nuagix-va-construire-un-centre-de-donnees-de-40-megawatts";
  const evidence = "La start-up Nuagix SAS va construire un centre de données de 40 mégawatts, un investissement de 300 millions d'euros, a annoncé mardi l'entreprise.";
  /** Text as read on screen: French number formatting and typography use no-break spaces. */
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

  it("is in the published article's « Ce que l'article annonce » table, with its firm, capacity, cost and sentence", async () => {
    const page = await newPage({ site: xssBaseUrl, javaScriptEnabled: false });
    expect((await page.goto(`/articles/${slug}`))?.status()).toBe(200);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Ce que l’article annonce" }) });
    const table = plain(await section.getByRole("region", { name: "Annonces de l’article" }).innerText());
    expect(table).toContain("Nuagix SAS");
    expect(table).toContain("centre de données");
    expect(table).toContain("annoncé");
    expect(table).toContain("40 MW");
    expect(table).toMatch(/300 M ?€/);
    expect(table).toContain(evidence);
  });

  it("is a row of /annonces, with its sentence and a link to its article", async () => {
    const page = await newPage({ site: xssBaseUrl, javaScriptEnabled: false });
    await page.goto("/annonces");
    const row = page.locator('tbody[id^="annonce-"]').filter({ hasText: "Nuagix SAS" });
    expect(await row.count()).toBe(1);
    expect(plain(await row.innerText())).toContain(evidence);
    expect(await row.locator(`a[href="/articles/${slug}"]`).count()).toBe(1);
  });
});
