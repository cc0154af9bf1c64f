import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describe as descriptorOf, entityKinds, kinds } from "@/lib/entities/entity-kinds";
import { entityRoutes, parseRoute } from "@/lib/routes";
import { entityParts, registryFiles } from "@/lib/schema/entity";

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
});
