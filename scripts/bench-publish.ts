/**
 * `npm run bench:publish`: where the time of one publication goes, in the
 * process, without a server: the archive of CONTENT_DIR and its search index
 * (imported from the build's export when there is one) are loaded, then each
 * of --count new articles is published (lib/publishing/publish.ts: the next
 * archive version, the live index updated, the derived tables carried over)
 * and what the four pages a publication must show need is read from the new
 * version, step by step; "write → all four ready" is the whole chain, from
 * writing the file to the search finding it.
 *
 * Options: --count 5
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getArchive, nextVersion, settleVersion } from "../lib/archive";
import { getArticleHtml, getRelatedArticles } from "../lib/articles";
import { entityIndexOf } from "../lib/entities/entity-index";
import { getEntityProfile } from "../lib/entities/entity-pages";
import { getFrontPage } from "../lib/front-page";
import { publishChanges } from "../lib/publishing/publish";
import { searchFor } from "../lib/search/search";
import { ms, percentile } from "./lib/stats";

const { values } = parseArgs({ options: { count: { type: "string", default: "5" } } });
const count = Number(values.count);

function time<T>(steps: Map<string, number[]>, step: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const list = steps.get(step) ?? steps.set(step, []).get(step)!;
  list.push(performance.now() - started);
  return result;
}

const steps = new Map<string, number[]>();
const archive = time(steps, "load archive", () => getArchive());
time(steps, "entity index (start)", () => entityIndexOf(archive));
time(steps, "search (start)", () => searchFor(archive));
const model = archive.articles[0];
const modelText = fs.readFileSync(path.join(archive.dir, "articles", `${model.slug}.md`), "utf8");
const written: string[] = [];
try {
  for (let i = 0; i < count; i++) {
    const slug = `publication-profilee-${i}`;
    const file = path.join(archive.dir, "articles", `${slug}.md`);
    const started = performance.now();
    fs.writeFileSync(file, modelText.replace(/^title: .*$/m, `title: "Publication profilée ${i}"`).replace(/^story: .*\n/m, "") + `\nmotprofile${i}\n`);
    written.push(file);
    time(steps, "publishChanges", () => publishChanges([`articles/${slug}.md`]));
    const next = getArchive();
    const article = next.bySlug.get(slug)!;
    time(steps, "entity index", () => entityIndexOf(next));
    time(steps, "article page (related; its body renders on the render thread)", () => (void getArticleHtml(article, next), getRelatedArticles(article, 3, next)));
    time(steps, "home page data", () => getFrontPage(next));
    time(steps, "company profile", () => getEntityProfile("company", article.companies[0].slug, next));
    time(steps, "search view of the version", () => searchFor(next));
    const found = time(steps, "the search itself", () => searchFor(next)({ q: `motprofile${i}`, sort: "relevance", page: 1 }));
    if (found.results[0]?.slug !== slug) throw new Error(`la recherche de motprofile${i} ne trouve pas ${slug}`);
    (steps.get("write → all four ready") ?? steps.set("write → all four ready", []).get("write → all four ready")!).push(performance.now() - started);
  }
  // Within publishChanges, the part this archive's size could weigh on: the next version and its derived tables carried over (one corrected article, not written).
  const current = getArchive();
  for (let i = 0; i < count; i++) {
    const before = current.articles[i * 7];
    time(steps, "  of which next version + tables carried", () => settleVersion(nextVersion(current, [{ slug: before.slug, before, after: { ...before, title: `${before.title} (corrigé)` } }])));
  }
} finally {
  for (const file of written) fs.rmSync(file, { force: true });
}
console.log(`${archive.articles.length} articles, ${count} publications, RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
console.table(Object.fromEntries([...steps].map(([step, list]) => [step, { p50: ms(percentile(list, 50)), max: ms(Math.max(...list)), n: list.length }])));
