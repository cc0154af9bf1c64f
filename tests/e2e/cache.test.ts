import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support";

/** Every file under the main site's build whose name contains `token`. */
function filesNamed(token: string, dir = path.resolve(".next")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.name.includes(token))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the render cache", () => {
  it("keeps pages rendered on demand in memory: a loop of made-up URLs writes nothing to disk", async () => {
    const token = `inexistant-${Date.now()}`;
    const urls = Array.from({ length: 10 }, (_, i) => [
      `/articles/${token}-${i}`,
      `/entreprises/${token}-${i}`,
      `/pays/${token}-${i}/feed.xml`,
      `/themes/${token}-${i}/opengraph-image`,
      `/recherche?q=${token}-${i}`,
    ]).flat();
    for (const url of urls) {
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status, url).toBe(url.startsWith("/recherche") ? 200 : 404);
      await response.arrayBuffer();
    }
    // The second visit is a cache hit, so the pages were cached, in memory.
    expect((await fetch(`${baseUrl}/articles/${token}-0`)).headers.get("x-nextjs-cache")).toBe("HIT");
    expect(filesNamed(token)).toEqual([]);
  });

  it("still serves the pages built ahead from the build's files", async () => {
    const response = await fetch(`${baseUrl}/entreprises/alibaba`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(filesNamed("alibaba.html").length).toBeGreaterThan(0);
  });
});
