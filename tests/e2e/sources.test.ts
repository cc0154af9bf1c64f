import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteArchive } from "./archive";
import { baseUrl, e2eDistDir, newPage, xssBaseUrl } from "./support";

/* The archive holds its sources: each article links to the raw text it was converted from. */
describe("raw texts at /sources/<file>", () => {
  it.each(siteArchive.articles.map((a) => [a.slug, a] as const))("%s links to its raw text, served as UTF-8 plain text", async (_slug, article) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`/articles/${article.slug}`);
    const link = page.locator('section[aria-labelledby="provenance"] a[href^="/sources/"]');
    expect(await link.textContent()).toBe(article.raw);
    const response = await fetch(`${baseUrl}${await link.getAttribute("href")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe(fs.readFileSync(path.join("content/raw", article.raw), "utf8"));
  });

  it("writes them out at build time", () => {
    for (const article of siteArchive.articles) expect(fs.existsSync(`${e2eDistDir}/server/app/sources/${article.raw}.body`), article.raw).toBe(true);
  });

  it.each(["/sources/inconnu.txt", "/sources/..%2Fpackage.json", "/sources/%2e%2e%2fcontent%2farticles", "/sources/.env", "/sources/package.json"])(
    "answers %s with 404",
    async (url) => {
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("\"dependencies\"");
    },
  );

  it("serves a hostile raw text as inert text", async () => {
    const response = await fetch(`${xssBaseUrl}/sources/piege.txt`);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toContain("<script");
  });
});
