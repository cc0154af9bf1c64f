/**
 * Run after `next build` (`npm run build`): writes the search index of the
 * content directory beside the build (`<distDir>/search-index.json`), so that
 * servers import it at start instead of indexing every article.
 */
import { buildArchive } from "../lib/archive";
import { contentDir } from "../lib/content/content-dir";
import { snapshotFile, snapshotOf, writeSnapshot } from "../lib/search/index-snapshot";
import { buildLiveIndex } from "../lib/search/live-index";

const started = performance.now();
const archive = buildArchive(contentDir());
const index = buildLiveIndex(archive.articles);
const file = snapshotFile();
writeSnapshot(snapshotOf(archive.dir, index, archive.articles), file);
console.log(`Index de recherche : ${archive.articles.length} articles exportés dans ${file} en ${((performance.now() - started) / 1000).toFixed(1)} s`);
