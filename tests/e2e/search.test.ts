import { describe, expect, it } from "vitest";
import { baseUrl, newPage } from "./support";

/*
 * The search as a reader uses it, against the real content/ (among them the
 * seeds: Huawei in one, Alibaba in four, "sécurité" in the Deutsche Telekom one).
 */

const results = 'ol[aria-label="Résultats de la recherche"]';
const telekomArticle = "/articles/deutsche-telekom-va-lancer-un-cloud-public-base-sur-la-plateforme-openstack-de-huawei";

describe("search without JavaScript", () => {
  it("submits the header box as a plain GET form to /recherche", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/");
    await page.locator("#recherche-entete").fill("securite");
    await page.locator("header form[role=search]").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/\/recherche\?q=securite$/);
    await expect(page.locator("h1").textContent()).resolves.toContain("securite");
    await expect(page.locator("#nombre-resultats").textContent()).resolves.toMatch(/^1 résultat/);
    const marks = await page.locator(`${results} mark`).allTextContents();
    expect(marks).toContain("sécurité");
    const result = page.locator(`${results} > li`).first();
    expect(await result.getByRole("link").first().getAttribute("href")).toBe(telekomArticle);
    expect(await result.locator('a[href="/entreprises/huawei"]').count()).toBe(1);
    expect(await result.locator('a[href="/pays/allemagne"]').count()).toBe(1);
  });

  it("shows the entity card beside the results for a company, country or adjective", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const [q, href] of [
      ["huawei", "/entreprises/huawei"],
      ["allemand", "/pays/allemagne"],
      ["DT", "/entreprises/deutsche-telekom"],
    ]) {
      await page.goto(`/recherche?q=${encodeURIComponent(q)}`);
      const card = page.getByRole("region", { name: /correspondants/ }).locator("article").first();
      expect(await card.getByRole("link").first().getAttribute("href")).toBe(href);
    }
  });
});

describe("French words and partial matches, without JavaScript", () => {
  it("finds an article through another form of the word: « lancement » for « lancer »", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?q=lancement+telekom");
    const first = page.locator(`${results} > li`).first();
    expect(await first.getByRole("link").first().getAttribute("href")).toBe(telekomArticle);
    expect(await first.innerText()).not.toContain("sans");
  });

  it("lists the articles holding every word first, then the others, each saying which words it lacks", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?q=huawei+lancement");
    expect(await page.locator("#nombre-resultats").innerText()).toMatch(/^\d+ résultats · 1 avec tous les mots/);
    const items = page.locator(`${results} > li`);
    expect(await items.first().getByRole("link").first().getAttribute("href")).toBe(telekomArticle);
    expect(await items.first().innerText()).not.toContain("sans");
    const second = await items.nth(1).innerText();
    // The no-break space the interface puts before a colon.
    expect(second).toContain("sans\u00a0: huawei");
    expect(await items.nth(1).locator("s").allTextContents()).toEqual(["huawei"]);
  });

  it("says the same in /api/search", async () => {
    const body = await (await fetch(`${baseUrl}/api/search?q=huawei+lancement`)).json();
    expect(body.complete).toBe(1);
    expect(body.results[0].missing).toBeUndefined();
    expect(body.results[1].missing).toEqual(["huawei"]);
  });
});

describe("as-you-type with JavaScript", () => {
  it("lists results while typing; ArrowDown + Enter opens an article; Escape closes", async () => {
    const page = await newPage();
    await page.goto("/");
    const box = page.locator("#recherche-entete");
    await page.waitForFunction(() => document.querySelector("#recherche-entete")?.getAttribute("role") === "combobox");
    await box.pressSequentially("huawei", { delay: 40 });
    const listbox = page.getByRole("listbox");
    await listbox.waitFor({ state: "visible" });
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator('[role=status][aria-live="polite"]').first().textContent()).toMatch(/1 résultat/);

    const options = listbox.getByRole("option");
    const texts = await options.allTextContents();
    expect(texts[0]).toContain("Huawei");
    const articleIndex = texts.findIndex((t) => t.includes("Deutsche Telekom va lancer"));
    expect(articleIndex).toBeGreaterThan(-1);

    await box.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");

    for (let i = 0; i <= articleIndex; i++) await box.press("ArrowDown");
    const active = await box.getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).textContent()).toContain("Deutsche Telekom va lancer");
    expect(await page.locator(`[id="${active}"]`).getAttribute("aria-selected")).toBe("true");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === telekomArticle);
  });
});

describe("results page", () => {
  it("narrows the results with a filter link that adds entreprise= to the URL", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?q=cloud");
    const count = async () => Number((await page.locator("#nombre-resultats").textContent())!.match(/^(\d+) résultats?/)![1]);
    const all = await count();
    expect(all).toBeGreaterThan(1);
    // Filters are folded under the count: open them first.
    await page.getByText("Affiner les résultats").click();
    await page.getByRole("navigation", { name: "Filtrer les résultats" }).getByRole("link", { name: /^Huawei/ }).click();
    await page.waitForURL(/entreprise=huawei/);
    expect(new URL(page.url()).search).toBe("?q=cloud&entreprise=huawei");
    const huawei = await count();
    expect(huawei).toBeGreaterThanOrEqual(1);
    expect(huawei).toBeLessThan(all);
    // The chosen filter is a chip that removes it; "Tout effacer" removes them all.
    const chosen = page.getByRole("list", { name: "Filtres choisis" });
    expect(await chosen.innerText()).toContain("Huawei");
    expect(await page.getByRole("link", { name: "Tout effacer" }).getAttribute("href")).toBe("/recherche?q=cloud");
    await chosen.getByRole("link", { name: /Retirer le filtre entreprise Huawei/ }).click();
    await page.waitForURL(/\?q=cloud$/);
    expect(await count()).toBe(all);
  });

  it("offers only filters that would narrow the results, and titles the page with what it shows", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?entreprise=alibaba&annee=2020");
    expect(await page.title()).toBe("Alibaba, 2020 — recherche — Archives du Cloud");
    expect(await page.locator("h1").textContent()).toBe("Résultats pour Alibaba, 2020");
    const total = Number((await page.locator("#nombre-resultats").textContent())!.match(/^\d+/)![0]);
    const counts = await page.locator('nav[aria-label="Filtrer les résultats"] a:not([aria-current]) span.tabular-nums').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(Number(count)).toBeLessThan(total);
  });

  it("filters with an empty query", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?entreprise=alibaba&annee=2020");
    expect(await page.locator(`${results} > li`).count()).toBeGreaterThan(0);
    for (const href of await page.locator(`${results} > li h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/articles\//);
    }
  });

  it("suggests the spelling of a misspelt word and keeps the search working", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/recherche?q=huaweii");
    // The corrected word is written as the registry writes it.
    const suggestion = page.getByText("Rechercher plutôt").locator("..").getByRole("link", { name: "Huawei", exact: true });
    expect(await suggestion.getAttribute("href")).toBe("/recherche?q=huawei");
    expect(await page.locator(`${results} > li`).count()).toBe(1);
    await suggestion.click();
    await page.waitForURL(/\?q=huawei$/);
    expect(await page.locator("#nombre-resultats").textContent()).toMatch(/^1 résultat/);
  });

  it("links to the search as typed, without correction, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await newPage({ javaScriptEnabled });
      await page.goto("/recherche?q=huaweii");
      const line = page.locator("main p:visible", { hasText: "Rechercher plutôt" });
      expect(await line.innerText()).toBe("Résultats pour Huawei · Rechercher plutôt huaweii");
      const asTyped = line.getByRole("link", { name: "huaweii", exact: true });
      expect(await asTyped.getAttribute("href")).toBe("/recherche?q=huaweii&exact=1");
      await asTyped.click();
      await page.waitForURL(/\?q=huaweii&exact=1$/);
      // The uncorrected search's own answer, and no correction offered again.
      await page.locator("main p:visible", { hasText: "Aucun résultat pour" }).waitFor();
      expect(await page.locator("main:visible").innerText()).toContain("Aucun résultat pour «\u00a0huaweii\u00a0»");
      expect(await page.locator("main p:visible", { hasText: /Rechercher plutôt|Résultats pour Huawei|Vouliez-vous dire/ }).count()).toBe(0);
      expect(await page.locator(`${results}:visible`).count()).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    }
  });

  it("never runs a subheading into the sentence after it in a snippet", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    // In that article, the subheading "Suprématie" comes right before "Alibaba Cloud (filiale de Alibaba Group…".
    await page.goto("/recherche?q=alibaba+cloud+filiale+croissance");
    const snippet = await page.locator(`${results} > li`).first().locator("[data-source-text]").innerText();
    expect(snippet).toContain("Alibaba Cloud (filiale de Alibaba Group");
    expect(snippet).not.toContain("Suprématie");
  });

  it("answers nonsense with a normal page and ways to go on", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/recherche?q=xyzzyplugh");
    expect(response?.status()).toBe(200);
    expect(await page.getByText("Aucun résultat pour « xyzzyplugh »").count()).toBe(1);
    expect(await page.locator('main a[href="/entreprises"]').count()).toBe(1);
  });
});

describe("search pages", () => {
  const h1Of = (html: string) => html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1];

  // That every spelling shares one cached result is proven in redis.test.ts, where the entries can be counted.
  it("read every spelling of one search the same way", async () => {
    const q = `alibaba cloud ${Date.now()}`;
    const first = await fetch(`${baseUrl}/recherche?q=${encodeURIComponent(q)}&utm_source=lettre`);
    expect(first.status).toBe(200);
    const again = await fetch(`${baseUrl}/recherche?q=${encodeURIComponent(`  ${q.replaceAll(" ", "   ")} `)}&page=1`);
    const [firstHtml, againHtml] = [await first.text(), await again.text()];
    expect(h1Of(againHtml)).toBe(h1Of(firstHtml));
    expect(h1Of(againHtml)).toContain(q);
  });

  it("keeps results, facets and the canonical URL, without JavaScript", async () => {
    await fetch(`${baseUrl}/recherche?q=cloud`);
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/recherche?q=cloud");
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseUrl}/recherche?q=cloud`);
    expect(await page.locator("#nombre-resultats").textContent()).toMatch(/^\d+ résultats/);
    expect(await page.locator(`${results} a[href="${telekomArticle}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('nav[aria-label="Filtrer les résultats"] a').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/recherche\?q=cloud$/);
    // One result: no filter could narrow it, so none is offered.
    await page.goto("/recherche?q=huawei");
    expect(await page.locator("#nombre-resultats").textContent()).toMatch(/^1 résultat/);
    expect(await page.locator('nav[aria-label="Filtrer les résultats"]').count()).toBe(0);
  });

  it("sends its results once in the HTML and once in the React payload, not again in the embedded prefetch", async () => {
    const html = await (await fetch(`${baseUrl}/recherche?q=cloud`)).text();
    // The payload is there (the page hydrates), with the result's link once: Partial Prefetching's copy holds the layout only.
    expect(html).toContain("self.__next_f.push");
    expect(html.split(telekomArticle).length - 1).toBe(2);
  });

  it("keeps the notice of a search that needed corrections, every time", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${baseUrl}/recherche?q=alibaba&annee=deux-mille`);
      expect(await response.text()).toContain("Année «\u00a0deux-mille\u00a0» invalide");
    }
  });

  it("does not prefetch filter, sort or page links: one page view is one search rendered", async () => {
    const page = await newPage();
    const searches: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/recherche")) searches.push(url.search);
    });
    await page.goto("/recherche?q=alibaba");
    await page.waitForFunction(() => document.querySelector("#recherche-entete")?.getAttribute("role") === "combobox");
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(1500);
    expect(await page.locator('nav[aria-label="Filtrer les résultats"] a').count()).toBeGreaterThan(5);
    // The header's form may prefetch the bare /recherche; no variant of this search is fetched.
    expect(searches.filter((search) => /[?&](q|entreprise|pays|theme|annee|tri|page)=/.test(search))).toEqual(["?q=alibaba"]);
  });
});

describe("bad input", () => {
  it("caps a 10,000-character query and says so", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto(`/recherche?q=${"alibaba ".repeat(1250)}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByText(/trop longue/).count()).toBe(1);
  });

  it("echoes markup as text and never runs it", async () => {
    const page = await newPage();
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const q = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const response = await page.goto(`/recherche?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toContain("<script>alert(1)</script>");
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialog).toBe(false);
  });

  it.each([
    "/recherche?q=%E0%A4%A",
    "/recherche?q=alibaba&page=99999",
    "/recherche?q=alibaba&page=-1",
    "/recherche?entreprise=inconnue&annee=deux-mille",
    "/recherche?q=%00%07huawei",
  ])("%s is a normal page", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
  });

  it("the API answers JSON, and 400 in French for invalid requests", async () => {
    const ok = await fetch(`${baseUrl}/api/search?q=huaweii`);
    expect(ok.status).toBe(200);
    // Results change with each publication: kept by no one (operations.test.ts checks it for every search answer).
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const body = await ok.json();
    expect(body).toMatchObject({ total: 1, suggestion: "huawei" });
    expect(body.results[0]).toMatchObject({ date: { value: "2015" } });
    expect(body.entityHits[0]).toMatchObject({ slug: "huawei" });

    const bad = await fetch(`${baseUrl}/api/search?q=cloud&page=abc`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/page/);
  });
});
