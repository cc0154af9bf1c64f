import { describe, expect, it } from "vitest";
import { crawl, linksInHtml, linksInXml } from "./crawler";
import { baseUrl } from "./support";

/**
 * Searches narrowed by a facet or sorted are checked but their own links not
 * followed: facets multiply (a thousand pages for five articles), they are
 * noindex, and every kind of link they hold (facets, sort, pages, results) is
 * already checked on the plain searches that lead to them.
 */
const expand = (url: URL) => !(url.pathname === "/recherche" && [...url.searchParams.keys()].some((k) => k !== "q"));

/*
 * The running site is served with SITE_URL set to its own origin
 * (global-setup.ts). A crawl from the home page, the sitemap, robots.txt and
 * the feed, following every link including metadata, must find nothing broken.
 */
describe("crawl of the running site", () => {
  it("follows every link and URL in metadata, feeds and the sitemap, and finds 0 broken", async () => {
    const started = performance.now();
    const { fetched, broken, external } = await crawl(baseUrl, ["/", "/sitemap.xml", "/robots.txt", "/feed.xml"], { expand });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`crawl : ${fetched.size} adresses en ${seconds} s, ${external.size} externes non suivies`, [...external.keys()].slice(0, 5));
    expect(broken).toEqual([]);
    const paths = [...fetched.keys()].map((u) => new URL(u).pathname);
    // What only metadata names was followed too.
    for (const p of ["/sitemap.xml", "/feed.xml", "/opengraph-image", "/logo.png", "/pays/chine/feed.xml", "/chronologie/recents"]) expect(paths, p).toContain(p);
    expect(paths.some((p) => /^\/articles\/[^/]+\/opengraph-image$/.test(p))).toBe(true);
    expect(fetched.size).toBeGreaterThan(50);
  }, 300_000);

  it("reports a broken link, and a metadata URL naming another local origin", async () => {
    const { broken } = await crawl(baseUrl, ["/articles/n-existe-pas"]);
    expect(broken).toEqual([expect.objectContaining({ url: `${baseUrl}/articles/n-existe-pas`, status: 404 })]);
    const local = await crawl(baseUrl, ["http://localhost:3000/articles/x"]);
    expect(local.broken).toEqual([expect.objectContaining({ url: "http://localhost:3000/articles/x", status: "autre origine locale" })]);
    const html = '<html><head><link rel="canonical" href="http://localhost:3000/articles/x"><meta property="og:image" content="http://localhost:3000/opengraph-image"></head><body></body></html>';
    expect(linksInHtml(html)).toEqual([
      { url: "http://localhost:3000/articles/x", kind: "link rel=canonical" },
      { url: "http://localhost:3000/opengraph-image", kind: "meta og:image" },
    ]);
    expect(linksInXml("<urlset><url><loc>http://localhost:3000/</loc></url></urlset>")).toEqual([{ url: "http://localhost:3000/", kind: "<loc>" }]);
  });
});
