import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describe as descriptorOf, entityKinds, kinds } from "@/lib/entities/entity-kinds";
import { entityRoutes, parseRoute } from "@/lib/site/routes";
import { entityParts, namedKinds, registryFiles } from "@/lib/model/schema/entity";
import { entityFields } from "@/lib/model/schema/article";
import { kindSearch, searchKindList } from "@/lib/site/kind-segments";
import { parseSearchParams, searchUrl } from "@/lib/search/search-params";
import { execFileSync } from "node:child_process";

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

  it("leaves the naming of every kind by hand to the descriptors, the model and the files that say why (README, decision 015)", () => {
    const listed = execFileSync("node", ["scripts/count-entity-kind-names.mjs", "--list"], { encoding: "utf8" }).trim().split("\n").slice(0, -1);
    // At most these: a file that stops naming them all is welcome, a new one is not.
    expect(listed.length).toBeGreaterThan(0);
    expect([
      // The React half of the descriptors: lib/ has no React.
      "components/entity/entity-kind-parts.tsx",
      // The list of descriptors.
      "lib/entities/entity-kinds.ts",
      // Tools, which may not import the descriptors' layer: the importer's detection rules per kind and the front matter it writes.
      "lib/importer/entities.ts",
      "lib/importer/import-article.ts",
      // The schemas: zod needs literal keys.
      "lib/model/schema/article.ts",
      "lib/model/schema/entity.ts",
      // The descriptors' part client code reads: URL segments and search parameters.
      "lib/site/kind-segments.ts",
      // A tool: the synthetic corpus writes front matters, each kind with its own odds.
      "lib/synthetic/generate-corpus.ts",
    ]).toEqual(expect.arrayContaining(listed));
  });
});
