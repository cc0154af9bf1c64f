import { describe, expect, it } from "vitest";
import { newPage, xssBaseUrl } from "./support";

// global-setup.ts imported tests/fixtures/raw/dateline-publie-le.txt into the fixture site with `npm run import`.
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
