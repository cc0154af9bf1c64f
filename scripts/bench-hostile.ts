/**
 * `npm run bench:hostile`: what a hostile article body costs a running
 * server. For each kind and size, a production server (`next start` on the
 * build in NEXT_DIST_DIR) on a fresh copy of content/, watcher off; an
 * article whose body is the hostile run is written and published
 * (`POST /api/publish`), then searched for (`/recherche`) and asked for
 * twice (`/articles/<slug>`). Each time is cut at --cap ms; meanwhile a probe
 * asks for /robots.txt every 100 ms, and its slowest answer is how long the
 * server stopped answering everyone (the "stall"). One server per case: a
 * render still running after its request was cut would weigh on the next.
 *
 *   npm run bench:hostile -- [--sizes 51200,1040000] [--kinds crochets,chevrons,etoiles,soulignes,liste,etoile-mot] [--cap 30000]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type RunningServer, startNext } from "./lib/next-server";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "51200,1040000" },
    kinds: { type: "string", default: "crochets,chevrons,etoiles,soulignes,liste,etoile-mot" },
    cap: { type: "string", default: "30000" },
  },
});
const cap = Number(values.cap);

/** Bodies of `n` characters that stalled the server before issue #28. */
const bodies: Record<string, (n: number) => string> = {
  crochets: (n) => "[".repeat(n),
  chevrons: (n) => "<".repeat(n),
  etoiles: (n) => "*".repeat(n),
  soulignes: (n) => "_".repeat(n),
  liste: (n) => `${"- ".repeat(n / 2)}fin`,
  // Within every bound: the parser itself is quadratic on it (the render thread's limit is what stops it).
  "etoile-mot": (n) => "*a".repeat(n / 2),
};

const model = fs.readFileSync("content/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud.md", "utf8");
const [, front] = model.split(/^---$/m);

type Timed = { ms: number; status: number | "coupé" };

async function timed(url: string, init?: RequestInit): Promise<Timed & { text: string }> {
  const started = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(cap) });
    const text = await response.text();
    return { ms: Date.now() - started, status: response.status, text };
  } catch {
    return { ms: Date.now() - started, status: "coupé", text: "" };
  }
}

/** The slowest answer of /robots.txt, asked every 100 ms, between two calls of `take`. */
function stallProbe(server: RunningServer): { take: () => number; stop: () => Promise<void> } {
  let worst = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { ms } = await timed(`${server.url}/robots.txt`);
      worst = Math.max(worst, ms);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    take: () => {
      const seen = worst;
      worst = 0;
      return seen;
    },
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

const shown = ({ ms, status }: Timed) => `${ms} ms (${status})`;

/**
 * Stops a server, killing it if it has not exited 5 s after SIGTERM: a
 * server whose thread is stuck in a render never runs its SIGTERM handler,
 * and would go on rendering (and weighing on the next case) for minutes.
 */
async function stopHard(server: RunningServer): Promise<void> {
  const exited = new Promise<void>((resolve) => (server.child.exitCode !== null ? resolve() : server.child.once("exit", () => resolve())));
  server.stop();
  const timer = setTimeout(() => {
    try {
      process.kill(-server.child.pid!, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

async function measure(kind: string, size: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
  fs.cpSync("content", dir, { recursive: true, preserveTimestamps: true });
  const server = await startNext({ CONTENT_DIR: dir, PUBLISH_TOKEN: "bench", ARCHIVE_WATCH: "0" }, { captureOutput: true });
  const probe = stallProbe(server);
  try {
    // Warm: the first render of each page, and the first load of the publication route, are not what is measured.
    for (const url of ["/", "/recherche?q=cloud"]) await timed(`${server.url}${url}`);
    await timed(`${server.url}/api/publish`, { method: "POST", headers: { Authorization: "Bearer bench", "Content-Type": "application/json" }, body: '{"files":[]}' });
    probe.take();
    const slug = `hostile-${kind}`;
    const word = `motunique${kind.replace(/-/g, "")}`;
    const title = `Article hostile ${kind}`;
    fs.writeFileSync(path.join(dir, "articles", `${slug}.md`), `---${front.replace(/^title: .*$/m, `title: "${title}"`).replace(/^story: .*\n/m, "")}---\n\nUn paragraphe ${word}.\n\n${bodies[kind](size)}\n`);
    const published = await timed(`${server.url}/api/publish`, {
      method: "POST",
      headers: { Authorization: "Bearer bench", "Content-Type": "application/json" },
      body: JSON.stringify({ files: [`articles/${slug}.md`] }),
    });
    // The article file is a little over the body: 1,040,000 characters of body stay under the 1 MB an article may weigh.
    const refused = (JSON.parse(published.text || "{}") as { problems?: string[] }).problems?.[0]?.replace(/^[^:]*: /, "");
    const publishStall = probe.take();
    const search = await timed(`${server.url}/recherche?q=${word}`);
    const searchStall = probe.take();
    const first = await timed(`${server.url}/articles/${slug}`);
    const again = await timed(`${server.url}/articles/${slug}`);
    const getStall = probe.take();
    return [
      `${kind} ${size} o : publication ${shown(published)}${refused ? ` refusée (${refused.slice(0, 70)}…)` : ""}, blocage ${publishStall} ms`,
      `  recherche ${shown(search)}, blocage ${searchStall} ms ; article ${shown(first)} puis ${shown(again)}, blocage ${getStall} ms`,
    ].join("\n");
  } finally {
    await probe.stop();
    await stopHard(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  for (const size of values.sizes.split(",").map(Number)) {
    for (const kind of values.kinds.split(",")) console.log(await measure(kind, size));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
