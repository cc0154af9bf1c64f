import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { companyLineage, resolveName, subsidiariesOf } from "@/lib/entities/entity-registry";

const registry = loadRegistry(path.resolve("content"));

describe("entity registry (real content)", () => {
  it("resolves names, aliases and adjectives whatever the accents and case", () => {
    expect(resolveName(registry, "Alibaba Group")).toEqual([{ kind: "company", slug: "alibaba" }]);
    expect(resolveName(registry, "le groupe chinois Alibaba")).toEqual([{ kind: "company", slug: "alibaba" }]);
    expect(resolveName(registry, "ALIBABA")).toEqual([{ kind: "company", slug: "alibaba" }]);
    expect(resolveName(registry, "Alibaba Cloud")).toEqual([{ kind: "company", slug: "alibaba-cloud" }]);
    expect(resolveName(registry, "huawei")).toEqual([{ kind: "company", slug: "huawei" }]);
    expect(resolveName(registry, "sud-africaine")).toEqual([{ kind: "country", slug: "afrique-du-sud" }]);
    expect(resolveName(registry, "Etats-Unis")).toEqual([{ kind: "country", slug: "etats-unis" }]);
    expect(resolveName(registry, "allemand")).toEqual([{ kind: "country", slug: "allemagne" }]);
    expect(resolveName(registry, "securite")).toEqual([]);
  });

  it("knows subsidiaries and parents", () => {
    expect(companyLineage(registry, "bcx").map((c) => c.slug)).toEqual(["bcx", "telkom"]);
    expect(companyLineage(registry, "t-systems").map((c) => c.slug)).toEqual(["t-systems", "deutsche-telekom"]);
    expect(subsidiariesOf(registry, "alibaba").map((c) => c.slug)).toEqual(["alibaba-cloud"]);
    expect(companyLineage(registry, "huawei").map((c) => c.slug)).toEqual(["huawei"]);
  });
});
