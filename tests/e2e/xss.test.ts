import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, xssBaseUrl } from "./support";

/*
 * The site built from tests/fixtures/xss-content: one article whose title,
 * summary and body carry every way we know to run code from Markdown/HTML.
 * Each hostile payload would set window.__pwned or open a dialog.
 */
const article = "/articles/article-piege";
const pages = [article, "/", "/articles", "/entreprises/mere", "/pays/pays-a", "/themes/cloud", "/chronologie"];

async function open(path: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await newPage({ site: xssBaseUrl });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  // Give late handlers (onerror of a broken image, onload, ontoggle) time to fire.
  await page.waitForTimeout(300);
  return { page, dialogs, errors };
}

describe("hostile content", () => {
  for (const path of pages) {
    it(`runs no code on ${path}`, async () => {
      const { page, dialogs } = await open(path);
      // The page shows the hostile article (a page the build prerendered from content/ would not: global-setup.ts).
      expect(await page.locator("main").innerText()).toContain("Titre piégé <script>");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await page.locator("main iframe, main object, main embed, main form[action^='javascript' i]").count()).toBe(0);
    });
  }

  it("keeps the article readable and its links harmless", async () => {
    const { page } = await open(article);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Un paragraphe lisible.");
    expect(text).toContain("Texte final toujours lisible.");
    expect(text).toContain("lien sûr");
    // A <style> element is dropped with its text, not unwrapped into the article.
    expect(text).not.toContain("piege-style");
    expect(await page.locator("main style").count()).toBe(0);
    // The title is shown as text, markup and all.
    expect(await page.locator("h1").innerText()).toContain("<script>window.__pwned = true</script>");
    const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
    const handlers = await page.locator("main *").evaluateAll((els) => els.flatMap((el) => [...el.attributes].map((a) => a.name).filter((n) => n.startsWith("on"))));
    expect(handlers).toEqual([]);
  });

  it("survives a reader's clicks and hovers on the bait", async () => {
    const { page, dialogs } = await open(article);
    for (const name of ["lien javascript", "lien data", "lien javascript en casse mêlée"]) {
      const link = page.getByText(name, { exact: true });
      if (await link.count()) await link.first().click({ timeout: 2_000 }).catch(() => undefined);
    }
    await page.getByText("bloc survolé").hover();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("keeps the JSON-LD inert and parseable", async () => {
    const { page } = await open(article);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).not.toContain("</script");
      expect(() => JSON.parse(block)).not.toThrow();
    }
    // The article's block holds the NewsArticle, then its breadcrumb: both carry the hostile title as text.
    const [news, crumbs] = JSON.parse(blocks[0]);
    expect(news.headline).toContain("<script>");
    expect(crumbs.itemListElement.at(-1).name).toContain("<script>");
  });

  it("escapes the feed", async () => {
    const response = await fetch(`${xssBaseUrl}/feed.xml`);
    const xml = await response.text();
    expect(xml).not.toMatch(/<script/i);
    expect(xml).toContain("&lt;script&gt;");
  });

  it("gives feed readers, which take a description for HTML, plain text only", async () => {
    const xml = await (await fetch(`${xssBaseUrl}/feed.xml`)).text();
    const items: { description: string }[] = new XMLParser({ isArray: (name) => name === "item" }).parse(xml).rss.channel.item;
    const hostile = items.find((i) => i.description.includes("Chapeau piégé"));
    expect(hostile?.description).toContain("« toujours lisible »");
    for (const { description } of items) expect(description).not.toMatch(/<[a-z/!?]/i);
  });
});
