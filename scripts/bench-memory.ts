/**
 * `npm run bench:memory`: the server's resident memory (the whole process
 * tree) on the current build and CONTENT_DIR, at start and after a stream of
 * 3,000 made-up addresses and 3,000 distinct searches, as a crawler or an
 * attacker would send. Figures, not a test: the target (issue #13) is under
 * 768 MiB at the five articles, 1 GiB at 10,000.
 *
 * Options: --count 3000
 */
import { parseArgs } from "node:util";
import { startNext, treeRss } from "./lib/next-server";
import { mib } from "./lib/stats";

const { values } = parseArgs({ options: { count: { type: "string", default: "3000" } } });
const count = Number(values.count);

async function main() {
  const server = await startNext({ NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next" });
  try {
    await fetch(`${server.url}/`).then((r) => r.arrayBuffer());
    const atStart = treeRss(server.child.pid!);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      await fetch(`${server.url}/articles/adresse-inventee-${i}`).then((r) => r.arrayBuffer());
      await fetch(`${server.url}/recherche?q=${encodeURIComponent(`cloud recherche inventee ${i}`)}`).then((r) => r.arrayBuffer());
    }
    const seconds = (performance.now() - started) / 1000;
    const after = treeRss(server.child.pid!);
    console.table({ "RSS at start": mib(atStart), [`RSS after ${count} made-up URLs + ${count} searches`]: mib(after), "requests/s": (2 * count / seconds).toFixed(0) });
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
