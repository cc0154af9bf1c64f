import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/model/content-error";
import { loadRegistry } from "@/lib/content/load-registry";
import { buildRegistry, companyLineage, registryFromSignature, registrySignature, resolveName, subsidiariesOf } from "@/lib/model/entity-registry";
import type { Company, Country, RegistryData } from "@/lib/model/schema/entity";

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

  it("gives no country another country's name as an alias (« Saint-Martin » is the French part's, not Sint Maarten's)", () => {
    expect(resolveName(registry, "Saint-Martin")).toEqual([{ kind: "country", slug: "saint-martin" }]);
    expect(resolveName(registry, "Saint-Martin (partie néerlandaise)")).toEqual([{ kind: "country", slug: "sint-maarten" }]);
    const countries = [...registry.countries.values()];
    const names = new Map(countries.map((c) => [c.name.toLowerCase(), c.slug]));
    const clashes = countries.flatMap((c) => c.aliases.filter((a) => (names.get(a.toLowerCase()) ?? c.slug) !== c.slug).map((a) => `${c.slug} › ${a}`));
    expect(clashes).toEqual([]);
  });

  it("knows subsidiaries and parents", () => {
    expect(companyLineage(registry, "bcx").map((c) => c.slug)).toEqual(["bcx", "telkom"]);
    expect(companyLineage(registry, "t-systems").map((c) => c.slug)).toEqual(["t-systems", "deutsche-telekom"]);
    expect(subsidiariesOf(registry, "alibaba").map((c) => c.slug)).toEqual(["alibaba-cloud"]);
    expect(companyLineage(registry, "huawei").map((c) => c.slug)).toEqual(["huawei"]);
  });
});

describe("registryFromSignature (the build's registry, kept in its snapshot)", () => {
  it("gives back the registry the signature was made of: every entry, every name, every parent", () => {
    const restored = registryFromSignature(registrySignature(registry));
    expect(registrySignature(restored)).toBe(registrySignature(registry));
    expect([...restored.companies.keys()]).toEqual([...registry.companies.keys()]);
    expect(resolveName(restored, "le groupe chinois Alibaba")).toEqual([{ kind: "company", slug: "alibaba" }]);
    expect(resolveName(restored, "sud-africaine")).toEqual([{ kind: "country", slug: "afrique-du-sud" }]);
    expect(companyLineage(restored, "bcx").map((c) => c.slug)).toEqual(companyLineage(registry, "bcx").map((c) => c.slug));
    expect(restored.places.get([...registry.places.keys()][0]!)).toEqual(registry.places.get([...registry.places.keys()][0]!));
  });
});

describe("buildRegistry (parsed data, no files)", () => {
  const company = (slug: string, name: string, extra: Partial<Company> = {}): Company => ({ slug, name, aliases: [], adjectives: [], ...extra });
  const country: Country = { slug: "pays-a", name: "Pays A", continent: "Europe", aliases: [], adjectives: ["paysan"] };
  const data = (companies: Company[]): RegistryData => ({ companies, countries: [country], themes: [], sites: [], places: [] });

  it("indexes every name of the data it is given", () => {
    const registry = buildRegistry(data([company("mere", "Groupe Mère", { aliases: ["La Mère"] }), company("fille", "Fille", { parent: "mere" })]));
    expect(resolveName(registry, "la mere")).toEqual([{ kind: "company", slug: "mere" }]);
    expect(resolveName(registry, "paysan")).toEqual([{ kind: "country", slug: "pays-a" }]);
    expect(companyLineage(registry, "fille").map((c) => c.slug)).toEqual(["fille", "mere"]);
  });

  it("refuses a slug given twice and a reference to nothing, naming file › field", () => {
    const build = () => buildRegistry(data([company("mere", "Mère"), company("mere", "Mère bis"), company("fille", "Fille", { parent: "absente", country: "nulle-part" })]));
    expect(build).toThrow(ContentError);
    expect(build).toThrow(/entities\/companies\.yaml › \[1\]\.slug : slug en double \(trouvé : "mere"\)/);
    expect(build).toThrow(/entities\/companies\.yaml › \[2\]\.parent : entreprise inconnue du registre \(trouvé : "absente"\)/);
    expect(build).toThrow(/entities\/companies\.yaml › \[2\]\.country : pays inconnu du registre \(trouvé : "nulle-part"\)/);
  });
});
