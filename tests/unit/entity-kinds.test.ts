import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describe as descriptorOf, entityKinds, kinds } from "@/lib/entities/entity-kinds";
import { entityRoutes, parseRoute } from "@/lib/site/routes";
import { entityParts, namedKinds, registryFiles } from "@/lib/model/schema/entity";
import { entityFieldList, entityFields, entityFieldsOf, frontMatterSchema } from "@/lib/model/schema/article";
import { kindSearch, searchKindList } from "@/lib/site/kind-segments";
import { parseSearchParams, searchUrl } from "@/lib/search/search-params";
import { execFileSync } from "node:child_process";

/** The fewest fields an article's front matter needs. */
const minimalFrontMatter = {
  title: "Titre",
  titleSource: "source",
  date: "2024-01-02",
  datePrecision: "day",
  summary: "Chapeau.",
  summarySource: "source",
  raw: "brut.txt",
  archivedAt: "2026-01-01T00:00:00+00:00",
};

describe("one descriptor per entity kind", () => {
  it("describes every kind the registry has a part for, with its own address and names", () => {
    expect(Object.keys(entityKinds).sort()).toEqual(Object.keys(entityParts).sort());
    const segments = kinds.map((kind) => descriptorOf(kind).segment);
    expect(new Set(segments).size).toBe(kinds.length);
    for (const kind of kinds) {
      const d = descriptorOf(kind);
      expect(d.part, kind).toBe(entityParts[kind]);
      expect(Object.keys(registryFiles), kind).toContain(d.part);
      expect(entityRoutes[kind]).toBe(`/${d.segment}`);
      expect(parseRoute(`/${d.segment}/x/page/2`)).toEqual({ kind: "entity", entity: kind, slug: "x", page: 2 });
      for (const label of Object.values(d.labels)) expect(label.trim(), kind).not.toBe("");
    }
  });

  it("has every kind's pages go through the proxy, which answers an unknown slug with a 404", () => {
    // Next needs the proxy's matcher written out: this keeps it in step with the descriptors.
    const matcher = /:section\(([^)]*)\)/.exec(fs.readFileSync("proxy.ts", "utf8"))![1].split("|");
    for (const kind of kinds) expect(matcher, kind).toContain(descriptorOf(kind).segment);
  });

  it("filters search by each kind of kindSearch, under its French parameter, both ways", () => {
    for (const kind of searchKindList) {
      expect(kinds, kind).toContain(kind);
      const { param } = kindSearch[kind];
      expect(searchUrl({ q: "", [kind]: "huawei" })).toBe(`/recherche?${param}=huawei`);
      expect(parseSearchParams({ [param]: "huawei" }).params[kind]).toBe("huawei");
    }
  });

  it("gives every kind a text names a front matter field of its registry part", () => {
    const parts = Object.values(entityFields).map((f) => f.part);
    for (const { part } of namedKinds) expect(parts).toContain(part);
    for (const part of parts) expect(Object.keys(registryFiles)).toContain(part);
  });

  it("writes an article's entity fields from the model's one list, in the front matter's order", () => {
    // The importer and the synthetic corpus spread this: a field in another order, or one that is not an entity field, would change what they write.
    expect(Object.keys(entityFieldsOf({ themes: ["cloud"], title: "x", companies: ["bcx"] }))).toEqual(["companies", "themes"]);
    const keys = Object.keys(frontMatterSchema.shape);
    const first = keys.indexOf(entityFieldList[0]);
    expect(keys.slice(first, first + entityFieldList.length)).toEqual(entityFieldList);
    expect(frontMatterSchema.parse({ ...minimalFrontMatter, themes: ["cloud"] })).toMatchObject({ companies: [], places: [], themes: ["cloud"] });
  });

  it("leaves the naming of every kind by hand to the descriptors and the model (README, decision 015)", () => {
    const listed = execFileSync("node", ["scripts/count-entity-kind-names.mjs", "--list"], { encoding: "utf8" }).trim().split("\n").slice(0, -1);
    // At most these: a file that stops naming them all is welcome, a new one is not.
    expect(listed.length).toBeGreaterThan(0);
    expect([
      // The React half of the descriptors: lib/ has no React.
      "components/entity/entity-kind-parts.tsx",
      // The list of descriptors.
      "lib/entities/entity-kinds.ts",
      // The model: each kind's schema and registry file (zod needs literal keys), its article field, how a text names it.
      "lib/model/schema/entity.ts",
      // The descriptors' part client code reads: URL segments and search parameters.
      "lib/site/kind-segments.ts",
    ]).toEqual(expect.arrayContaining(listed));
  });

  it("counts a kind named by a key, a string or a path, not by a variable declared with its type", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kind-names-"));
    const count = (code: string) => {
      fs.mkdirSync(path.join(dir, "lib"), { recursive: true });
      fs.writeFileSync(path.join(dir, "lib", "probe.ts"), code);
      execFileSync("git", ["init", "-q"], { cwd: dir });
      return execFileSync("node", [path.resolve("scripts/count-entity-kind-names.mjs")], { cwd: dir, encoding: "utf8" }).split(" ")[0];
    };
    try {
      expect(count('const a = { companies: [], "country": 1, x: "/themes/" };')).toBe("1");
      expect(count("const companies: string[] = []; const b = { country: 1, themes: 2 };")).toBe("0");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
