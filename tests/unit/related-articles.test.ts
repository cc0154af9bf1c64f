import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRelatedArticles } from "@/lib/pages/articles";
import type { Archive } from "@/lib/archive/archive";
import type { Article } from "@/lib/model/article";
import { entityKeys } from "@/lib/entities/entity-index";
import { generateCorpus } from "@/lib/synthetic/generate-corpus";
import { readRegistryFiles } from "@/lib/content/load-registry";
import { corpusToArchive } from "@/lib/synthetic/synthetic-archive";

/** The definition, written the slow way: score every other article, sort them all. */
function relatedByFullSort(archive: Archive, article: Article, limit: number): string[] {
  const own = entityKeys(article);
  return archive.articles
    .map((candidate, position) => ({
      candidate,
      position,
      score: entityKeys(candidate)
        .filter((key) => own.includes(key))
        .reduce((sum, key) => sum + (key.startsWith("c:") ? 2 : 1), 0),
    }))
    .filter(({ candidate, score }) => score > 0 && candidate !== article && !(article.story && candidate.story === article.story))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, limit)
    .map(({ candidate }) => candidate.slug);
}

describe("related articles on a generated archive", () => {
  const archive = corpusToArchive(generateCorpus({ count: 600, seed: 7, base: readRegistryFiles(path.resolve("content")) }));

  it("keep the same best few as scoring and sorting every article", () => {
    for (const article of archive.articles.filter((_, i) => i % 7 === 0)) {
      for (const limit of [1, 3, 5]) {
        expect(getRelatedArticles(article, limit, archive).map((a) => a.slug)).toEqual(relatedByFullSort(archive, article, limit));
      }
    }
  });
});
