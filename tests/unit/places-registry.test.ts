import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { loadRegistry } from "@/lib/content/load-registry";

const registry = loadRegistry(path.resolve("content"));

describe("the archive's country registry", () => {
  it("holds every ISO 3166-1 country, each with its codes and a point", () => {
    const countries = [...registry.countries.values()];
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.code, c.slug).toMatch(/^[A-Z]{2}$/);
      expect(typeof c.lat, c.slug).toBe("number");
      expect(typeof c.lon, c.slug).toBe("number");
      // Kosovo alone has no ISO numeric code.
      if (c.code !== "XK") expect(c.numeric, c.slug).toMatch(/^\d{3}$/);
    }
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    expect(registry.countries.get("chine")).toMatchObject({ code: "CN", numeric: "156" });
  });

  it("keeps the slugs articles already use", () => {
    for (const slug of ["afrique-du-sud", "botswana", "namibie", "mozambique", "zambie", "chine", "allemagne", "etats-unis", "australie"]) {
      expect(registry.countries.has(slug), slug).toBe(true);
    }
  });

  it("knows the press's short and long forms and the adjectives of the countries tech news names most", () => {
    const tchequie = registry.countries.get("tchequie")!;
    expect(tchequie.aliases).toContain("République tchèque");
    expect(registry.countries.get("coree-du-sud")?.adjectives).toContain("sud-coréenne");
    expect(registry.countries.get("pays-bas")?.aliases).toEqual(expect.arrayContaining(["les Pays-Bas", "aux Pays-Bas"]));
    expect([...registry.countries.values()].filter((c) => c.adjectives.length >= 2).length).toBeGreaterThanOrEqual(60);
  });
});

describe("the places registry", () => {
  it("gives every place of the archive a country of the registry and coordinates", () => {
    const archive = buildArchive(path.resolve("content"));
    const named = archive.articles.flatMap((a) => a.places.map((p) => p.place));
    expect(named.length).toBeGreaterThan(0);
    for (const place of named) {
      expect(registry.countries.has(place.country), place.slug).toBe(true);
      expect(Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180, place.slug).toBe(true);
    }
    expect(archive.registry.places.get("pekin")).toMatchObject({ name: "Pékin", country: "chine", aliases: expect.arrayContaining(["Beijing"]) });
  });

  it("fails naming the file and field when a place's country is unknown", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "places-"));
    fs.cpSync(path.resolve("tests/fixtures/content"), dir, { recursive: true });
    fs.appendFileSync(path.join(dir, "entities/places.yaml"), "- { slug: nulle-part, name: Nulle part, country: atlantide, kind: ville, lat: 0, lon: 0 }\n");
    expect(() => loadRegistry(dir)).toThrow(/places\.yaml › \[1\]\.country : pays inconnu du registre \(trouvé : "atlantide"\)/);
  });

  it("is optional for an archive that names no place", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "places-"));
    fs.cpSync(path.resolve("tests/fixtures/content"), dir, { recursive: true });
    fs.rmSync(path.join(dir, "entities/places.yaml"));
    expect(loadRegistry(dir).places.size).toBe(0);
  });
});

describe("an article's countries for display", () => {
  it("come once each, with every part they play", async () => {
    const { byCountry } = await import("@/lib/entities/labels");
    const archive = buildArchive(path.resolve("content"));
    const dt = archive.articles.find((a) => a.slug.startsWith("deutsche-telekom"))!;
    expect(byCountry(dt.countries).map(({ country, roles }) => [country.slug, roles])).toEqual([
      ["allemagne", ["headquarters", "site"]],
      ["chine", ["headquarters"]],
      ["irlande", ["site"]],
    ]);
  });
});
