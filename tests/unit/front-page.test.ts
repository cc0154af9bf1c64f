import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { getFrontPage } from "@/lib/front-page";

const archive = buildArchive(path.resolve("tests/fixtures/content"));

describe("front page", () => {
  const front = getFrontPage(archive);

  it("leads with the newest article", () => {
    expect(front.lead?.slug).toBe("annonce-de-la-mere-2021");
    expect(front.articleCount).toBe(3);
  });

  it("puts stories of two articles or more first, newest article first, then themes", () => {
    expect(front.dossiers.map((d) => [d.kind, d.key, d.count])).toEqual([
      ["story", "histoire", 2],
      ["theme", "cloud", 1],
    ]);
    const [story] = front.dossiers;
    expect(story.latest.map((a) => a.slug)).toEqual(["la-fille-en-2021", "vieille-nouvelle"]);
    expect(story.title).toBe("La fille en 2021");
    expect(story.href).toBe("/articles/la-fille-en-2021");
    expect(front.dossiers[1].href).toBe("/themes/cloud");
  });

  it("teases the last dated announcements, newest first", () => {
    expect(front.chronology.map((a) => a.slug)).toEqual(["annonce-de-la-mere-2021", "la-fille-en-2021", "vieille-nouvelle"]);
    expect(getFrontPage(archive, { dossiers: 1, perDossier: 1, chronology: 1, entities: 1 }).chronology.map((a) => a.slug)).toEqual(["annonce-de-la-mere-2021"]);
  });

  it("lists only companies and countries that are cited, most cited first", () => {
    expect(front.companies.map((c) => [c.company.slug, c.count])).toEqual([
      ["autre", 2],
      ["mere", 2],
    ]);
    expect(front.countries.map((c) => [c.country.slug, c.count])).toEqual([
      ["pays-a", 2],
      ["pays-b", 1],
    ]);
  });
});
