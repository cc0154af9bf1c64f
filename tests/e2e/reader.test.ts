import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { newPage } from "./support";

/*
 * The archive as a reader on a phone finds it (Chromium at 390 px): a short
 * header, results first, targets a finger can hit, French spacing, maps and
 * charts with their text alternatives.
 */

const phone = { width: 390 };
const screen = 900; // support.ts's viewport height

const pages = {
  accueil: "/",
  article: "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud",
  entreprise: "/entreprises/alibaba",
  pays: "/pays/afrique-du-sud",
  theme: "/themes/cloud-public",
  chronologie: "/chronologie",
  "chronologie, titres seuls": "/chronologie/recents/titres",
  recherche: "/recherche?q=alibaba",
  "recherche corrigée": "/recherche?q=huaweii",
  "recherche, filtres refusés": "/recherche?q=alibaba&entreprise=inconnue&annee=deux-mille&tri=hasard",
  carte: "/carte",
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
type Violation = { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] };

describe("on a phone", () => {
  /*
   * Each page once, for what a reader sees on it: the header's height, axe's
   * WCAG 2.2 AA rules and French spacing (three tests per page before, each
   * loading the page again).
   */
  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: a header at most 120 px tall, no axe WCAG 2.2 AA violation, no plain space before ; : ! ? » or after «`, async () => {
      const page = await newPage(phone);
      await page.goto(path);
      expect(await page.locator("body > header").evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(120);

      // Sections below the first screen are laid out only near the viewport (content-visibility: auto): scroll
      // through the page as a reader does, so that axe measures the targets a finger reaches, laid out.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        scrollTo(0, 0);
      });
      await page.addScriptTag({ content: axeSource });
      const violations: Violation[] = await page.evaluate(
        async (tags) => (await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: tags } })).violations,
        ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"],
      );
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);

      // Last, as it hides text: quoted from sources, it stays as written (article bodies, search snippets, photo captions).
      const text = await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>("[data-source-text]")) el.style.display = "none";
        return document.body.innerText;
      });
      const faults = [...text.matchAll(/.{0,30}(?: [;:!?»]|« ).{0,10}/g)].map((m) => m[0]);
      expect(faults).toEqual([]);
    });
  }

  it("lays the page out once: nothing moves while it loads (layout shift under 0.01)", async () => {
    const page = await newPage(phone);
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const path of [pages.accueil, pages.article, pages.entreprise, pages.carte]) {
      await page.goto(path, { waitUntil: "networkidle" });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThan(0.01);
    }
  });

  it("shows the first search result within the first screen, filters folded after the count", async () => {
    const page = await newPage({ ...phone, javaScriptEnabled: false });
    await page.goto("/recherche?q=alibaba");
    const first = page.locator('ol[aria-label="Résultats de la recherche"] > li').first();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(screen - 100);
    const details = page.locator('details:has(nav[aria-label="Filtrer les résultats"])');
    expect(await details.getAttribute("open")).toBeNull();
    const countTop = await page.locator("#nombre-resultats").evaluate((el) => el.getBoundingClientRect().top);
    expect(await details.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(countTop);
  });
});

describe("fact sheets", () => {
  it("give one line per person, with every role and its year", async () => {
    const page = await newPage(phone);
    await page.goto("/entreprises/alibaba");
    const people = page.getByRole("list", { name: "Personnes citées" });
    const lines = await people.locator("> li").allInnerTexts();
    expect(lines.filter((l) => l.includes("Jeff Zhang"))).toHaveLength(1);
    const jeff = lines.find((l) => l.startsWith("Jeff Zhang"))!;
    expect(jeff).toContain("directeur de la technologie du groupe (2016)");
    expect(jeff).toContain("président d’Alibaba Cloud Intelligence (2020)");
    const facts = await page.getByRole("region", { name: "Fiche, d’après l’archive" }).innerText();
    expect(facts).toContain("du 12 septembre 2016 au 11 octobre 2023");
    expect(await page.locator("main header").first().innerText()).toContain("Aussi nommée\u00a0: Alibaba Group.");
    expect(await page.getByRole("link", { name: "Suivre (RSS)" }).first().getAttribute("href")).toBe("/entreprises/alibaba/feed.xml");
  });

  it("list no people on a theme's page", async () => {
    const page = await newPage(phone);
    await page.goto("/themes/cloud-public");
    expect(await page.getByRole("region", { name: "Fiche, d’après l’archive" }).innerText()).not.toContain("Personnes citées");
    expect(await page.getByRole("list", { name: "Personnes citées" }).count()).toBe(0);
  });
});

describe("where and when", () => {
  it("draws a per-year chart with its numbers as text on company, country and theme pages", async () => {
    const page = await newPage(phone);
    for (const path of [pages.entreprise, pages.pays, pages.theme]) {
      await page.goto(path);
      const chart = page.locator('svg[role="img"][aria-label^="Articles par année"]');
      expect(await chart.count(), path).toBe(1);
      expect(await page.getByRole("list", { name: "Nombre d’articles par année" }).innerText(), path).toMatch(/\d{4}\u00a0: \d+ articles?/);
    }
    await page.goto(pages.entreprise);
    expect(await page.locator('svg[aria-label^="Articles par année"]').getAttribute("aria-label")).toContain("2020\u00a0: 2");
  });

  it("maps a company's countries by role and a country's cities, with the same facts as text", async () => {
    const page = await newPage(phone);
    await page.goto(pages.entreprise);
    const map = page.locator('svg[role="img"][aria-label^="Carte"]');
    expect(await map.count()).toBe(1);
    const label = (await map.getAttribute("aria-label"))!;
    expect(label).toContain("Chine (siège)");
    expect(label).toContain("Johannesburg (site)");
    // The world's countries (one ring or more each), drawn as one path per fill: China as a headquarters, South Africa as a site.
    const rings = await map.locator("path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")!.split("M").length - 1));
    expect(rings.reduce((a, b) => a + b, 0)).toBeGreaterThan(170);
    expect(rings.length).toBeLessThan(10);
    for (const fill of ["fill-stone-700", "fill-red-800"]) {
      const box = await map.locator(`path.${fill}`).boundingBox();
      expect(box!.width * box!.height, fill).toBeGreaterThan(25);
    }
    const text = await page.getByRole("region", { name: "Où" }).innerText();
    expect(text).toContain("Le Cap");
    // Beside the map, each role once with its countries; Alibaba's headquarters is its own (China), not its partner BCX's.
    expect(text).toMatch(/Siège\u00a0:\s+Chine\n/);
    expect(text).toMatch(/Sites prévus\u00a0:\s+Botswana, Mozambique, Namibie, Zambie/);
    expect(label).not.toContain("Afrique du Sud (siège)");
    await page.goto(pages.pays);
    const country = page.locator('svg[role="img"][aria-label^="Carte"]');
    expect(await country.getAttribute("aria-label")).toContain("Le Cap (site prévu)");
    expect(await country.locator("circle").count()).toBe(2);
  });

  it("/carte shows every site and project, each point linking to its entry and its articles", async () => {
    const page = await newPage({ ...phone, javaScriptEnabled: false });
    await page.goto("/carte");
    expect(await page.locator('svg[role="img"][aria-label^="Carte"]').count()).toBe(1);
    const point = page.getByRole("link", { name: /Le Cap/ }).first();
    const href = (await point.getAttribute("href"))!;
    expect(href).toMatch(/^#lieu-/);
    const entry = page.locator(href);
    expect(await entry.locator('a[href^="/articles/"]').count()).toBeGreaterThan(0);
    // The geographic data's licences ask for their credit where the positions are shown.
    expect(await page.locator("footer").textContent()).toMatch(/GeoNames \(CC BY 4\.0\).*countries-states-cities \(ODbL\)/s);
  });

  it("/carte names each shared point by the count it shows (WCAG 2.5.3, label in name)", async () => {
    const page = await newPage(phone);
    await page.goto("/carte");
    const shared = page.locator('a[href^="#lieu-"]:has(span)');
    expect(await shared.count()).toBeGreaterThan(0);
    expect(await shared.first().getAttribute("aria-label")).toMatch(new RegExp(`^${await shared.first().innerText()} lieux\u00a0: `));
    // axe's rule for it is experimental, so outside the tag sets run on every page.
    await page.addScriptTag({ content: axeSource });
    const violations: Violation[] = await page.evaluate(
      async () => (await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: { type: "rule", values: ["label-content-name-mismatch"] } })).violations,
    );
    expect(violations.map((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
  });

  it("offers a timeline newest first and headlines only, by links, and marks year-only dates", async () => {
    const page = await newPage({ ...phone, javaScriptEnabled: false });
    await page.goto(pages.entreprise);
    expect(await page.locator("#frise ~ div").innerText()).toContain("2020\n· année seule");
    await page.getByRole("link", { name: "Plus récent d’abord" }).click();
    await page.waitForURL("**/entreprises/alibaba/recents");
    const dates = await page.locator("#frise ~ div ol > li time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dates).toEqual(["2023-10-11", "2020-03-20", "2020", "2016-09-12"]);
    await page.getByRole("link", { name: "Titres seuls" }).click();
    await page.waitForURL("**/entreprises/alibaba/recents/titres");
    expect(await page.locator("#frise ~ div ol > li h4").count()).toBe(4);
    expect(await page.locator("#frise ~ div").innerText()).not.toContain("Alibaba a déclaré");
  });
});

describe("the typeface", () => {
  // Text height of the article's headline and body, in whatever face the page ends up drawing them.
  const textHeights = (page: import("playwright-core").Page) =>
    page.evaluate(() => ["main h1", "main [data-source-text]"].map((s) => document.querySelector(s)!.getBoundingClientRect().height));

  const loaded = (page: import("playwright-core").Page, family: string) =>
    page.evaluate((name) => [...document.fonts].filter((f) => f.family.replaceAll('"', "") === name && f.status === "loaded").length, family);

  it("is Source Serif 4 served by the site itself, and its fallback wraps the text at the same lines", async () => {
    const page = await newPage(phone);
    const fonts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "font") fonts.push(request.url());
    });
    await page.goto(pages.article);
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("main h1")!).fontFamily)).toMatch(/^sourceSerif, "Source Serif Fallback"/);
    expect(await loaded(page, "sourceSerif")).toBeGreaterThan(0);
    const withFont = await textHeights(page);

    // The same page when the font never arrives (slow network, blocked): what a reader sees before the swap.
    const fallback = await newPage(phone);
    await fallback.route(/\.woff2$/, (route) => route.abort());
    await fallback.goto(pages.article);
    await fallback.evaluate(() => document.fonts.ready);
    expect(await loaded(fallback, "sourceSerif")).toBe(0);
    // A local face found (Liberation Serif here): a face whose local() names nothing never reaches "loaded".
    expect(await loaded(fallback, "Source Serif Fallback")).toBeGreaterThan(0);
    const withFallback = await textHeights(fallback);
    // Within 3 %: the body (about 2,000 px on a phone) then moves by less than a line when the font swaps in.
    withFont.forEach((height, i) => expect(Math.abs(withFallback[i] - height) / height).toBeLessThan(0.03));
  });
});
