/**
 * Run after `next build` (`npm run build`): writes beside the build what a
 * server would otherwise compute at start from every article file:
 * - the validated articles (`<distDir>/archive-snapshot.bin`, lib/content/archive-snapshot.ts);
 * - the search index (`<distDir>/search-index.bin`, lib/search/index-snapshot.ts).
 */
import { buildArchive } from "../lib/archive/archive";
import { snapshotOfArticles, stampArticleFiles } from "../lib/content/archive-snapshot";
import { archiveSnapshotFile, buildIdOf, writeArchiveSnapshot } from "../lib/content/archive-snapshot-file";
import { contentDir } from "../lib/content/content-dir";
import { indexFingerprint, snapshotFile, snapshotOf, writeSnapshot } from "../lib/search/index-snapshot";
import { buildLiveIndex } from "../lib/search/live-index";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
const dir = contentDir();
// Stamped before they are read: a file changed meanwhile differs from its stamp, and a server reads it again.
const stamps = stampArticleFiles(dir);
const archive = buildArchive(dir);
const archiveFile = archiveSnapshotFile();
// One fingerprint per article for both snapshots: a server compares them instead of hashing every article again.
const fingerprints = new Map(archive.articles.map((a) => [a, indexFingerprint(a)]));
const fingerprintOf = (article: (typeof archive.articles)[number]) => fingerprints.get(article)!;
writeArchiveSnapshot(snapshotOfArticles(archive, stamps, buildIdOf(), fingerprintOf), archiveFile);
console.log(`Archive : ${archive.articles.length} articles exportés dans ${archiveFile} en ${seconds(started)}`);
const indexStarted = performance.now();
const index = buildLiveIndex(archive.articles);
const file = snapshotFile();
writeSnapshot(snapshotOf(archive.dir, index, archive.articles, fingerprintOf), file);
console.log(`Index de recherche : ${archive.articles.length} articles exportés dans ${file} en ${seconds(indexStarted)}`);
