import { describe, expect, it } from "vitest";
import { firstPageCount, plainSpaces, siteArchive } from "./archive";
import { baseUrl, loaded, newPage } from "./support";

const articles = {
  bcx: "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud",
  alibaba2020: "/articles/alibaba-va-investir-28-milliards-de-dollars-dans-son-infrastructure-cloud-d-ici-a-2023",
  alibabaEuros: "/articles/alibaba-investit-plus-de-25-milliards-d-euros-dans-le-cloud-booste-par-la-pandemie",
  telekom: "/articles/deutsche-telekom-va-lancer-un-cloud-public-base-sur-la-plateforme-openstack-de-huawei",
};

describe("home page", () => {
  it("is a front page: the newest article as the lead, dossiers, the last announcements, the most cited", async () => {
    const page = await newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const lead = page.locator("main article").first();
    expect(await lead.locator("h2").textContent()).toContain("BCX lance le service cloud");
    expect(await lead.innerText()).toContain("11 octobre 2023 · WeAreTechAfrica");
    const dossiers = page.getByRole("region", { name: "Dossiers" });
    // The one story with two articles comes first, its newest article first.
    expect(await dossiers.locator("h3").first().textContent()).toContain("Alibaba va investir 28 milliards");
    expect(await dossiers.locator("> ul > li").count()).toBe(4);
    const announcements = await page.getByRole("region", { name: "Dernières annonces" }).locator("ol > li time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(announcements).toEqual(["2023-10-11", "2020-03-20", "2020", "2016-09-12", "2015"]);
    const aside = await page.getByRole("complementary", { name: "Parcourir l’archive" }).innerText();
    expect(aside).toMatch(/Alibaba\s+4 articles/);
    expect(await page.getByRole("link", { name: "Suivre (RSS)" }).first().getAttribute("href")).toBe("/feed.xml");
    expect(await page.getByRole("link", { name: new RegExp(`Les ${siteArchive.articles.length} articles`) }).getAttribute("href")).toBe("/articles");
  });

  it("links companies and countries to their pages", async () => {
    const page = await newPage();
    await page.goto("/");
    await loaded(page);
    await page.locator("main article", { hasText: "BCX lance" }).getByRole("link", { name: "Afrique du Sud", exact: true }).first().click();
    await page.waitForURL("**/pays/afrique-du-sud");
    // Next keeps the page left behind in the DOM, hidden (React Activity): read the visible one.
    expect(await page.locator("h1:visible").textContent()).toBe("Afrique du Sud");
  });

  it("has the navigation and a search box in the header", async () => {
    const page = await newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    for (const label of ["Articles", "Entreprises", "Pays", "Thèmes", "Chronologie", "Carte"]) {
      await expect(nav.getByRole("link", { name: label }).count()).resolves.toBe(1);
    }
    await expect(page.locator('header form[action="/recherche"] input[name="q"]').count()).resolves.toBe(1);
  });
});

describe("article page", () => {
  it("shows headline, standfirst, date, source and author", async () => {
    const page = await newPage();
    await page.goto(articles.bcx);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("h1").textContent()).toBe("BCX lance le service cloud Africa Local Public avec Alibaba en Afrique du Sud");
    const header = await page.locator("main header").innerText();
    expect(header).toContain("11 octobre 2023");
    expect(header).toContain("WeAreTechAfrica");
    expect(header).toContain("Adoni Conrad Quenum");
    expect(await page.title()).toBe("BCX lance le service cloud Africa Local Public avec Alibaba en Afrique du Sud — Archives du Cloud");
  });

  it("renders the body as paragraphs and intertitles, without page clutter", async () => {
    const page = await newPage();
    await page.goto(articles.alibaba2020);
    expect(await page.locator(".prose h2").textContent()).toBe("ALIBABA, partenaire privilégié des sociétés occidentales");
    expect(await page.locator(".prose p").count()).toBe(4);
    const text = await page.locator("main").innerText();
    expect(text).toContain("ce lundi 20 mars 2020");
    for (const clutter of ["SUR LE MÊME SUJET", "Tous les champs sont obligatoires", "0Commentaire", "Réagir"]) {
      expect(text).not.toContain(clutter);
    }
  });

  it("shows a date at its precision with the note explaining it", async () => {
    const page = await newPage();
    await page.goto(articles.telekom);
    const header = await page.locator("main header").innerText();
    // The byline is one line: "Par … · Source · 2015 (année seule) · date déduite ⓘ · N min de lecture".
    expect(header).toMatch(/2015 \(année seule\)/);
    expect(await page.locator("main header > p").last().evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(30);
    const provenance = await page.getByRole("region", { name: "Provenance" }).innerText();
    expect(provenance).toContain("003_f2e326499ca80287.txt");
    expect(provenance).toContain("Safe Harbor");
  });

  it("flags the weekday conflict of the 20 March 2020 article", async () => {
    const page = await newPage();
    await page.goto(articles.alibaba2020);
    expect(await page.locator("main header time").first().getAttribute("datetime")).toBe("2020-03-20");
    expect(await page.getByRole("region", { name: "Provenance" }).innerText()).toContain("était un vendredi");
  });

  it("links the two articles of the same story to each other", async () => {
    const page = await newPage();
    await page.goto(articles.alibaba2020);
    await loaded(page);
    await page.getByRole("region", { name: "Même sujet" }).getByRole("link").click();
    await page.waitForURL(`**${articles.alibabaEuros}`);
    await page.getByRole("region", { name: "Même sujet" }).getByRole("link").click();
    await page.waitForURL(`**${articles.alibaba2020}`);
  });
});

describe("article list", () => {
  it("lists the newest articles on /articles, newest first, with French dates, grouped by year, paginated only beyond one page", async () => {
    const page = await newPage();
    await page.goto("/articles");
    expect(await page.locator("main article").count()).toBe(firstPageCount);
    expect(await page.getByRole("navigation", { name: "Pagination" }).count()).toBe(siteArchive.articles.length > firstPageCount ? 1 : 0);
    const headlines = await page.locator("main article h3").allTextContents();
    const latest = siteArchive.articles.slice(0, firstPageCount);
    expect(headlines.map(plainSpaces)).toEqual(latest.map((a) => plainSpaces(a.title)));
    const years = await page.locator('main section[aria-labelledby^="annee-"] > h2').allTextContents();
    expect(years).toEqual([...new Set(latest.map((a) => (a.date.year === null ? "Date inconnue" : String(a.date.year))))]);
    const body = await page.locator("main").innerText();
    expect(body).toContain("11 octobre 2023");
    expect(body).toContain("WeAreTechAfrica");
  });
});

describe("404", () => {
  it.each(["/articles/nexiste-pas", "/une/page/inconnue", "/entreprises/inconnue", "/pays/atlantide", "/themes/rien", "/articles/page/99", "/chronologie/page/abc"])(
    "answers %s with the French 404 page and status 404",
    async (path) => {
      const page = await newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Cette page n’existe pas");
      await expect(page.getByRole("link", { name: "Accueil" }).count()).resolves.toBe(1);
    },
  );
});

describe("malformed addresses", () => {
  it.each(["/articles/%", "/entreprises/%ZZ", "/pays/chine/%E0%A4%A"])("answers %s with the 404 page, not a server error", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Cette page n’existe pas");
  });
});

describe("without JavaScript", () => {
  it("shows the full article, the front page and the list", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(articles.bcx);
    expect(await page.locator("h1").textContent()).toContain("BCX lance");
    expect(await page.locator(".prose").innerText()).toContain("Jonas Bogoshi");
    await page.goto("/");
    expect(await page.locator("main article h2").first().textContent()).toContain("BCX lance");
    await page.goto("/articles");
    expect(await page.locator("main article").count()).toBe(firstPageCount);
  });
});

describe("content safety", () => {
  it("serves security headers and no X-Powered-By", async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
