import { describe, expect, it } from "vitest";
import { type Archive, nextVersion, settleVersion } from "@/lib/archive/archive";
import type { Article } from "@/lib/model/article";
import { sortChronologically } from "@/lib/model/timeline";
import { type FrontPageSizes, getFrontPage } from "@/lib/pages/front-page";
import { fromScratch, publications, startingArchive } from "./publications";

/** The front page's dossiers and chronology by the obvious method: whole lists sorted in the archive's order. */
function reference(archive: Archive, sizes: FrontPageSizes) {
  const position = new Map(archive.articles.map((a, i) => [a.slug, i]));
  const newest = (articles: Article[]) => [...articles].sort((a, b) => position.get(a.slug)! - position.get(b.slug)!);
  const stories = new Map<string, Article[]>();
  for (const a of archive.articles) if (a.story) stories.set(a.story, [...(stories.get(a.story) ?? []), a]);
  const story = [...stories].filter(([, list]) => list.length > 1).map(([key, list]) => ({ key, title: newest(list)[0].title, latest: newest(list) }));
  const theme = [...archive.registry.themes.values()]
    .map((t) => ({ key: t.slug, title: t.name, latest: newest(archive.articles.filter((a) => a.themes.includes(t))) }))
    .filter((d) => d.latest.length);
  const byCoverage = (a: { title: string; latest: Article[]; key: string }, b: typeof a) =>
    b.latest.length - a.latest.length || a.title.localeCompare(b.title, "fr") || (a.key < b.key ? -1 : 1);
  return {
    dossiers: [...story.sort(byCoverage), ...theme.sort(byCoverage)].slice(0, sizes.dossiers).map((d) => [d.key, d.title, d.latest.length, d.latest.slice(0, sizes.perDossier).map((a) => a.slug)]),
    chronology: sortChronologically(archive.articles).reverse().filter((a) => a.date.start).slice(0, sizes.chronology).map((a) => a.slug),
  };
}

const shape = (archive: Archive, sizes: FrontPageSizes) => {
  const page = getFrontPage(archive, sizes);
  return { dossiers: page.dossiers.map((d) => [d.key, d.title, d.count, d.latest.map((a) => a.slug)]), chronology: page.chronology.map((a) => a.slug) };
};

const sizes: FrontPageSizes[] = [
  { dossiers: 4, perDossier: 3, chronology: 5, entities: 6 },
  { dossiers: 12, perDossier: 2, chronology: 40, entities: 3 },
];

describe("the front page of a version made by a publication", () => {
  it.each(Object.keys(publications))("after %s, shows what the whole archive sorted would give", (name) => {
    const previous = startingArchive();
    getFrontPage(previous);
    const next = nextVersion(previous, publications[name](previous));
    settleVersion(next);
    for (const size of sizes) {
      expect(shape(next, size)).toEqual(reference(next, size));
      expect(getFrontPage(next, size)).toEqual(getFrontPage(fromScratch(next), size));
    }
  });
});
