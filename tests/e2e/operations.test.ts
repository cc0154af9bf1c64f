import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningServer } from "../../scripts/lib/next-server";
// @ts-expect-error a plain .mjs script without types
import { staleBuildReason } from "../../scripts/lib/stale-build.mjs";
import { siteArchive } from "./archive";
import { contentCopy, startLiveServer, within } from "./live-site";
import { baseUrl, e2eDistDir } from "./support";

/*
 * What an operator and an intruder meet: the health endpoint, signals,
 * methods the site does not take, cache headers of answers that must not be
 * kept, a refused publication.
 */

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw HTTP request: any method and any target (fetch refuses TRACE and "*"). */
function raw(method: string, target: string, headers: Record<string, string> = {}, origin = baseUrl): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method, path: target, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

/** Seconds a shared cache may keep a response, fresh then stale, from its Cache-Control. */
function sharedLifetime(cacheControl: string | null | undefined): number {
  if (!cacheControl || /no-store|private/.test(cacheControl)) return 0;
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
  return (seconds("s-maxage") || seconds("max-age")) + seconds("stale-while-revalidate");
}

const token = "jeton-exploitation";
let dir: string;
let live: RunningServer;

beforeAll(async () => {
  dir = contentCopy();
  live = await startLiveServer(dir, { PUBLISH_TOKEN: token, ARCHIVE_WATCH: "0" });
}, 60_000);
afterAll(() => {
  live?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  it("answers 200 with the archive served and the shared cache's state, kept by no one", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", ready: true, articles: siteArchive.articles.length, refusedFiles: 0, redis: "off" });
    expect(body.archiveVersion).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await raw("HEAD", "/api/health")).status).toBe(200);
  });

  it("follows a publication: the article count and the archive version change", async () => {
    const before = await (await fetch(`${live.url}/api/health`)).json();
    const model = fs.readFileSync(path.join(dir, "articles", `${siteArchive.articles[0].slug}.md`), "utf8");
    fs.writeFileSync(path.join(dir, "articles", "sante-du-serveur.md"), model.replace(/^archivedAt: .*$/m, 'archivedAt: "2031-01-02T03:04:05+00:00"'));
    const published = await fetch(`${live.url}/api/publish`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ files: ["articles/sante-du-serveur.md"] }) });
    expect(published.status).toBe(200);
    const after = await (await fetch(`${live.url}/api/health`)).json();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.archiveVersion).toBe("2031-01-02T03:04:05+00:00");
  });
});

describe("a refused publication", () => {
  it("answers 422 with every problem, and the site keeps serving", async () => {
    fs.copyFileSync("tests/fixtures/broken/impossible-date.md", path.join(dir, "articles", "date-impossible.md"));
    const response = await fetch(`${live.url}/api/publish`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ files: ["articles/date-impossible.md"] }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.problems.length).toBeGreaterThan(0);
    expect(body.problems.join("\n")).toMatch(/date-impossible\.md › date/);
    expect((await fetch(`${live.url}/articles/date-impossible`)).status).toBe(404);
    expect((await fetch(`${live.url}/`)).status).toBe(200);
  });
});

describe("answers no one may keep", () => {
  it.each(["/recherche?q=cloud", "/api/search?q=cloud"])("%s: a search is never shared-cacheable", async (url) => {
    const response = await fetch(`${baseUrl}${url}`);
    expect(response.status).toBe(200);
    expect(sharedLifetime(response.headers.get("cache-control"))).toBe(0);
  });

  it.each(["/sources/inconnu.txt", "/articles/inconnu", "/pays/inconnu/feed.xml", "/entreprises/inconnue", "/page-inconnue"])("%s: a 404 is never shared-cacheable", async (url) => {
    for (let i = 0; i < 2; i++) {
      // The second answer may come from Next's cache: it must say the same.
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("methods and targets the site does not take", () => {
  const publicFiles = fs.readdirSync("public").map((name) => `/${name}`);
  const rawText = `/sources/${siteArchive.articles[0].raw}`;

  it.each(["OPTIONS", "PUT", "DELETE", "POST", "PATCH"])("%s on every file under public/ is a 405", async (method) => {
    for (const file of publicFiles) {
      const answer = await raw(method, file);
      expect(answer.status, `${method} ${file}`).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
      expect(answer.headers["x-frame-options"], "security headers on refusals too").toBe("DENY");
    }
  });

  it.each(["OPTIONS", "PUT", "DELETE", "POST"])("%s on pages, feeds, the search API and raw texts is a 405", async (method) => {
    for (const url of ["/", "/articles", `/articles/${siteArchive.articles[0].slug}`, "/feed.xml", "/recherche?q=cloud", "/api/search?q=cloud", rawText, "/api/health"]) {
      expect((await raw(method, url)).status, `${method} ${url}`).toBe(405);
    }
  });

  it("DELETE /sources/<file> deletes nothing", async () => {
    expect((await raw("DELETE", rawText)).status).toBe(405);
    expect((await fetch(`${baseUrl}${rawText}`)).status).toBe(200);
  });

  it("GET * and the image optimizer's odd URLs get a 4xx", async () => {
    for (const [method, target] of [["GET", "*"], ["OPTIONS", "*"], ["GET", "/_next/image?url=%2F%5Cevil.example%2Fx.png&w=64&q=75"], ["GET", "/_next/image?url=%2Flogo.png&w=64&q=75"]]) {
      const { status } = await raw(method, target);
      expect(status, `${method} ${target}`).toBeGreaterThanOrEqual(400);
      expect(status, `${method} ${target}`).toBeLessThan(500);
    }
  });

  it("a Server Action call on a site without any is refused quietly: a 405, nothing in the log", async () => {
    const logged = live.output().length;
    for (let i = 0; i < 5; i++) {
      const answer = await raw("POST", "/", { "Next-Action": "7f00000000000000000000000000000000000000", "Content-Type": "text/plain" }, live.url);
      expect(answer.status).toBe(405);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(live.output().slice(logged)).toBe("");
  });
});

/** Whether something accepts connections on this loopback port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

describe("npm start and SIGTERM", () => {
  let npm: ChildProcess | undefined;
  let content: string | undefined;
  afterAll(() => {
    try {
      if (npm?.pid) process.kill(-npm.pid, "SIGKILL");
    } catch {
      // already gone
    }
    if (content) fs.rmSync(content, { recursive: true, force: true });
  });

  it("finishes the request under way, frees the port and exits within 10 s", async () => {
    // npm start would build a stale build: these tests serve the one global-setup made.
    expect(staleBuildReason(process.cwd(), e2eDistDir)).toBeUndefined();
    const port = await freePort();
    content = contentCopy();
    npm = spawn("npm", ["start", "--", "-p", String(port)], { env: { ...process.env, NEXT_DIST_DIR: e2eDistDir, CONTENT_DIR: content, ARCHIVE_WATCH: "1" }, stdio: "ignore", detached: true });
    const exited = new Promise<number | null>((resolve) => npm!.on("exit", (code) => resolve(code)));
    await within(60_000, "npm start answering", async () => {
      if (npm!.exitCode !== null) throw new Error(`npm start exited with code ${npm!.exitCode}`);
      return (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined))?.status === 200;
    });
    // A search never made renders on this request: under way when the signal comes.
    const underWay = fetch(`http://127.0.0.1:${port}/recherche?q=arret-${Date.now()}`);
    await new Promise((r) => setTimeout(r, 30));
    const signalled = Date.now();
    process.kill(npm.pid!, "SIGTERM");
    expect((await underWay).status).toBe(200);
    await within(10_000, "the port freed", async () => !(await listening(port)));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000 - (Date.now() - signalled)))]);
    expect(npm.exitCode ?? npm.signalCode, "npm start exited").not.toBeNull();
    expect(Date.now() - signalled).toBeLessThan(10_000);
  }, 90_000);
});
