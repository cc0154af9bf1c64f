import { describe, expect, it } from "vitest";
import type { EntityMap, MappedCountry, MappedPlace } from "@/lib/maps/entity-maps";
import { mapSummary } from "@/lib/maps/map-summary";

/** Only what the summary reads: names and roles. */
const country = (name: string, role: MappedCountry["role"]) => ({ country: { name }, role, articles: [] }) as unknown as MappedCountry;
const place = (name: string, role: MappedPlace["role"]) => ({ place: { name }, role, articles: [] }) as unknown as MappedPlace;
const mapOf = (countries: MappedCountry[], places: MappedPlace[] = []) => ({ spec: { width: 1, height: 1, countries: [], points: [] }, countries, places }) as EntityMap;

describe("a map's text alternative", () => {
  it("says every country and place with its role", () => {
    expect(mapSummary(mapOf([country("Chine", "headquarters"), country("Afrique du Sud", "site")], [place("Johannesburg", "site")]))).toBe(
      "pays\u00a0: Chine (siège), Afrique du Sud (site)\u202f; villes et lieux\u00a0: Johannesburg (site)",
    );
  });

  it("names the first twelve of a long list and counts the rest, which the text beside the map lists", () => {
    const many = Array.from({ length: 240 }, (_, i) => country(`Pays ${i}`, "mentioned"));
    const summary = mapSummary(mapOf(many));
    expect(summary).toContain("Pays 11 (cité) et 228\u00a0autres (liste ci-contre)");
    expect(summary).not.toContain("Pays 12 ");
    expect(summary.length).toBeLessThan(300);
  });

  it("is empty for a map with nothing on it", () => {
    expect(mapSummary(mapOf([]))).toBe("");
  });
});
