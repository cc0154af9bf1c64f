import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { getFrontPage } from "@/lib/pages/front-page";

const archive = buildArchive(path.resolve("tests/fixtures/content"));

describe("front page of an archive with undated articles", () => {
  // Two of its articles have no date; they must never pass for the newest.
  const withUndated = buildArchive(path.resolve("tests/fixtures/search-archive"));
  const front = getFrontPage(withUndated);

  it("leads with the newest dated article and lists the undated ones last", () => {
    expect(front.lead?.slug).toBe("microsoft-va-investir-4-milliards-d-euros-en-france");
    expect(withUndated.articles.slice(-2).map((a) => a.date.value)).toEqual([null, null]);
    expect(front.chronology.every((a) => a.date.start)).toBe(true);
  });

  it("shows a dossier's dated articles before its undated ones", () => {
    const energy = getFrontPage(withUndated, { dossiers: 10, perDossier: 10, chronology: 0, entities: 0 }).dossiers.find((d) => d.key === "energie")!;
    expect(energy.latest.map((a) => a.date.value)).toEqual(["2020-02", "2019", "2018-10", null]);
    expect(getFrontPage(withUndated, { dossiers: 10, perDossier: 2, chronology: 0, entities: 0 }).dossiers.find((d) => d.key === "energie")!.latest.map((a) => a.date.value)).toEqual(["2020-02", "2019"]);
  });
});

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
    expect(front.mostCited.map((list) => list.kind)).toEqual(["company", "country"]);
    const [companies, countries] = front.mostCited;
    expect(companies.title).toBe("Entreprises les plus citées");
    expect(companies.entries.map((c) => [c.entity.slug, c.count])).toEqual([
      ["autre", 2],
      ["mere", 2],
    ]);
    expect(countries.entries.map((c) => [c.entity.slug, c.count])).toEqual([
      ["pays-a", 2],
      ["pays-b", 1],
    ]);
  });
});
