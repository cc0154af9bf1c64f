import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type RunningServer, startNext } from "../../scripts/lib/next-server";
import { e2eDistDir } from "./support";

/*
 * Servers of the e2e run's one build (e2eDistDir) on a copy of content/, so that
 * tests can publish, correct and withdraw articles without touching the
 * archive itself or the main test server.
 */

/**
 * A fresh copy of the site's content directory, its files' times kept: a
 * server on it starts from the build's archive snapshot (lib/content/
 * archive-snapshot.ts), as one deployed with the content it was built from.
 */
export function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-live-"));
  fs.cpSync("content", dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

export function startLiveServer(contentDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startNext({ NEXT_DIST_DIR: e2eDistDir, CONTENT_DIR: contentDir, ...env }, { captureOutput: true });
}

/** Polls `check` until it holds or `ms` pass; returns how long it took, or throws. */
export async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: not seen within ${ms} ms`);
}

export const pageText = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
};

/** A new article file written from an existing one, with a title and a word of its own. */
export function writeArticle(contentDir: string, slug: string, title: string, word: string): string {
  const model = fs.readFileSync("content/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud.md", "utf8");
  const text = model.replace(/^title: .*$/m, `title: "${title}"`).replace(/^story: .*\n/m, "") + `\nUn mot que seul cet article contient : ${word}.\n`;
  const file = path.join(contentDir, "articles", `${slug}.md`);
  // Written beside, then renamed: the watcher never sees half a file.
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}
