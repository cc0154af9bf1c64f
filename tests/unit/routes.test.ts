import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { routeExists } from "@/lib/pages/route-exists";
import { dynamicSections, entityRoutes, parseRoute, routes } from "@/lib/site/routes";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const exists = (pathname: string) => routeExists(parseRoute(pathname), archive);

describe("the URL scheme", () => {
  it("builds every address from one place", () => {
    expect(routes.entity("country", "pays-a")).toBe("/pays/pays-a");
    expect(routes.paged("/pays/pays-a", 2)).toBe("/pays/pays-a/page/2");
    expect(routes.paged("/pays/pays-a", 1)).toBe("/pays/pays-a");
    expect(routes.feed(routes.entity("company", "mere"))).toBe("/entreprises/mere/feed.xml");
    expect(routes.image(routes.article("x"))).toBe("/articles/x/opengraph-image");
  });

  it("reads addresses back", () => {
    expect(parseRoute("/pays/chine/page/2")).toEqual({ kind: "entity", entity: "country", slug: "chine", page: 2 });
    expect(parseRoute("/articles/x/opengraph-image")).toEqual({ kind: "article", slug: "x" });
    expect(parseRoute("/chronologie/recents/page/3")).toEqual({ kind: "chronology", page: 3 });
    // The chronology has an entity timeline's views, in the same order only.
    expect(parseRoute("/chronologie/titres")).toEqual({ kind: "chronology", page: 1 });
    expect(parseRoute("/chronologie/recents/titres/page/2")).toEqual({ kind: "chronology", page: 2 });
    expect(parseRoute("/chronologie/titres/recents")).toEqual({ kind: "malformed" });
    expect(parseRoute("/chronologie/resume")).toEqual({ kind: "malformed" });
    expect(parseRoute("/entreprises/alibaba/recents/titres/page/2")).toEqual({ kind: "entity", entity: "company", slug: "alibaba", page: 2 });
    expect(parseRoute("/entreprises/alibaba/titres/recents")).toEqual({ kind: "malformed" });
    expect(parseRoute("/articles/page/02")).toEqual({ kind: "malformed" });
    expect(parseRoute("/recherche")).toEqual({ kind: "other" });
  });

  it("knows which addresses name something in the archive", () => {
    expect(exists("/articles/la-fille-en-2021")).toBe(true);
    expect(exists("/articles/inventee")).toBe(false);
    expect(exists("/entreprises/mere/feed.xml")).toBe(true);
    expect(exists("/entreprises/inventee/opengraph-image")).toBe(false);
    expect(exists("/pays/pays-a/page/2")).toBe(false);
    expect(exists("/articles/page/1")).toBe(true);
    expect(exists("/chronologie/page/2")).toBe(false);
    expect(exists("/chronologie/recents/titres")).toBe(true);
    expect(exists("/chronologie/titres/page/2")).toBe(false);
    expect(exists("/a-propos")).toBe(true);
  });
});

describe("proxy.ts's matcher", () => {
  // Next needs the matcher as a literal it can read at build time, so it cannot be built from the table: this holds them together.
  it("runs the proxy on exactly the sections whose addresses parseRoute reads, the API and malformed escapes", async () => {
    const { config } = await import("@/proxy");
    const [sections, api, escapes, ...others] = config.matcher;
    expect(sections).toMatch(/^\/:section\(([a-z|-]+)\)\/:rest\+$/);
    const listed = sections.match(/\(([^)]*)\)/)![1].split("|");
    expect([...listed].sort()).toEqual([...dynamicSections].sort());
    expect(api).toBe(`${routes.api}/:rest*`);
    expect(escapes).toBe("/:path(.*%.*)");
    expect(others).toEqual([]);
  });

  it("names every kind of entity's pages among the sections, and the article and chronology pages", () => {
    expect(dynamicSections).toEqual(expect.arrayContaining([routes.articles.slice(1), routes.chronology.slice(1), ...Object.values(entityRoutes).map((p) => p.slice(1))]));
  });
});
