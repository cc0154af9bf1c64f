import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { articlePageTags, entityTagsOf, listsTag, publicationTags, searchTag } from "@/lib/cache/tags";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const daughter = archive.bySlug.get("la-fille-en-2021")!;
const mother = archive.bySlug.get("annonce-de-la-mere-2021")!;

describe("cache tags", () => {
  it("put a subsidiary's article under its parent's tag too, with its countries", () => {
    expect(entityTagsOf(daughter, archive.registry)).toEqual(["entity:company:fille", "entity:company:mere", "entity:country:pays-b"]);
  });

  it("tag an article page with the article, its story and every entity its related articles come from", () => {
    expect(articlePageTags(daughter, archive.registry)).toEqual([
      "article:la-fille-en-2021",
      "story:histoire",
      "entity:company:fille",
      "entity:company:mere",
      "entity:country:pays-b",
    ]);
  });

  it("invalidate on a publication the article, the lists, the searches and the entities of both versions", () => {
    const moved = { ...daughter, companies: [archive.registry.companies.get("autre")!], countries: [] };
    const tags = publicationTags(daughter.slug, daughter, moved, archive.registry);
    expect(tags).toEqual(expect.arrayContaining(["article:la-fille-en-2021", listsTag, searchTag, "entity:company:mere", "entity:company:autre"]));
    // A withdrawal still reaches the pages that listed the article.
    expect(publicationTags(mother.slug, mother, undefined, archive.registry)).toEqual(expect.arrayContaining(entityTagsOf(mother, archive.registry)));
  });
});
