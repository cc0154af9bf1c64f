import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveCacheLife } from "@/lib/cache/policy";
import { baseUrl, e2eDistDir } from "./support";

/** Every file under the main site's build whose name contains `token`. */
function filesNamed(token: string, dir = path.resolve(e2eDistDir)): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.name.includes(token))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Seconds a shared cache may keep a response, fresh then stale, from its Cache-Control. */
function sharedLifetime(cacheControl: string | null): number {
  if (!cacheControl || /no-store|private/.test(cacheControl)) return 0;
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
  return (seconds("s-maxage") || seconds("max-age")) + seconds("stale-while-revalidate");
}

describe("made-up addresses", () => {
  it("get the 404 page before any render: nothing cached, nothing written to disk", async () => {
    const token = `inexistant-${Date.now()}`;
    const urls = Array.from({ length: 10 }, (_, i) => [
      `/articles/${token}-${i}`,
      `/entreprises/${token}-${i}`,
      `/pays/${token}-${i}/feed.xml`,
      `/themes/${token}-${i}/opengraph-image`,
      `/articles/page/${900 + i}`,
    ]).flat();
    for (const url of urls) {
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status, url).toBe(404);
      expect(sharedLifetime(response.headers.get("cache-control")), url).toBeLessThanOrEqual(300);
      await response.arrayBuffer();
    }
    // Each is the site's one static not-found page (no entry per made-up slug: redis.test.ts counts them).
    const again = await fetch(`${baseUrl}/articles/${token}-0`);
    expect(await again.text()).toMatch(/Cette page n(&#x27;|’)existe pas/);
    // The proxy's rewrite to the 404 page is not announced to browsers.
    expect(again.headers.get("x-middleware-rewrite")).toBeNull();
    expect(filesNamed(token)).toEqual([]);
  });
});

describe("the caching policy", () => {
  it("lets shared caches keep a page a publication can change for at most an hour", async () => {
    for (const url of ["/", "/articles", "/chronologie", "/entreprises/alibaba", "/pays/chine/feed.xml", "/feed.xml", "/sitemap.xml", "/api/search?q=cloud"]) {
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status, url).toBe(200);
      expect(sharedLifetime(response.headers.get("cache-control")), url).toBeLessThanOrEqual(3600);
    }
    expect(archiveCacheLife.expire).toBeLessThanOrEqual(3600);
  });

  it("never lets a shared cache keep a search page", async () => {
    const response = await fetch(`${baseUrl}/recherche?q=cloud`);
    expect(sharedLifetime(response.headers.get("cache-control"))).toBe(0);
  });

  it("still serves the pages built ahead from the build's files", async () => {
    const response = await fetch(`${baseUrl}/entreprises/alibaba`);
    expect(response.status).toBe(200);
    // From the cache, fresh or (past its 5 minutes) stale while refreshed in the background.
    expect(["HIT", "STALE"]).toContain(response.headers.get("x-nextjs-cache"));
    expect(filesNamed("alibaba.html").length).toBeGreaterThan(0);
  });
});

describe("malformed requests", () => {
  it.each(["/articles/%", "/pays/%ZZ", "/recherche/resultats/%E0%A4%A", "/themes/%E0%A4%A/feed.xml", "/%E0%A4%A"])("%s gets the 404 page, not a 500", async (url) => {
    const response = await fetch(`${baseUrl}${url}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/Cette page n(&#x27;|’)existe pas/);
  });

  /** fetch() refuses to send TRACE: a plain HTTP request does, as an attacker's client would. (Node's own parser answers TRACK with 400.) */
  const statusOf = (method: string, url: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseUrl}${url}`, { method }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end();
    });

  it.each(["TRACE", "PUT", "DELETE", "PATCH"])("%s gets a 405 on pages, search and the API", async (method) => {
    for (const url of ["/", "/recherche?q=cloud", "/api/search?q=cloud", "/articles/inconnu", "/entreprises/alibaba", "/feed.xml"]) {
      expect(await statusOf(method, url), `${method} ${url}`).toBe(405);
    }
  });
});
