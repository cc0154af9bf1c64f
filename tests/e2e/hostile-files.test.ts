import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../scripts/lib/next-server";
import { contentCopy, pageText, startLiveServer, within } from "./live-site";

/*
 * Content a hostile page or a careless editor can put in CONTENT_DIR, on a
 * running server publishing live (watcher off: each publication is asked
 * for, and timed): Markdown built to stall a parser, files that are not
 * regular files, symlinks leading out of the archive. The server refuses
 * each by name, answers every request meanwhile, and never shows a byte of
 * a file outside the archive.
 */

const token = "jeton-hostile";
const modelSlug = "bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud";
let dir: string;
let outside: string;
let server: RunningServer;

/**
 * An article file: the model's front matter under a title of its own, then
 * `body`. The model's announcements go: their sentences are not in `body`,
 * and their companies are not the ones a test gives the article.
 */
function articleText(title: string, body: string, edit: (front: string) => string = (f) => f): string {
  const model = fs.readFileSync(path.join("content/articles", `${modelSlug}.md`), "utf8");
  const [, front] = model.split(/^---$/m);
  const own = front.replace(/^title: .*$/m, `title: "${title}"`).replace(/^story: .*\n/m, "").replace(/^announcements:\n(?:[ #].*\n)*/m, "");
  return `---${edit(own)}---\n\n${body}\n`;
}

/** POST /api/publish for these files (none: a full comparison of the directory): its answer and how long it took. */
async function publish(files?: string[]): Promise<{ ms: number; status: number; body: { problems: string[]; changes: { slug: string }[] } }> {
  const started = Date.now();
  const response = await fetch(`${server.url}/api/publish`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(files ? { files } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  return { ms: Date.now() - started, status: response.status, body: await response.json() };
}

/** A GET and how long it took, cut at 20 s. */
async function timedGet(url: string): Promise<{ ms: number; status: number; text: string }> {
  const started = Date.now();
  const response = await fetch(`${server.url}${url}`, { signal: AbortSignal.timeout(20_000) });
  return { ms: Date.now() - started, status: response.status, text: await response.text() };
}

beforeAll(async () => {
  dir = contentCopy();
  outside = fs.mkdtempSync(path.join(os.tmpdir(), "hors-archive-"));
  fs.writeFileSync(path.join(outside, "secret.txt"), "SECRET-HORS-ARCHIVE: ne doit jamais être servi\n".repeat(20));
  server = await startLiveServer(dir, { PUBLISH_TOKEN: token, ARCHIVE_WATCH: "0" });
  // Warm: the first render of each page, and the first load of the publication route, are not what is measured.
  for (const url of ["/", "/recherche?q=cloud", `/articles/${modelSlug}`]) await timedGet(url);
  await publish([]);
});

afterAll(() => {
  server?.stop();
  for (const folder of [dir, outside]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const megabyte = 1000 * 1024;
/**
 * "At once": a refusal or an answer takes 0.2–0.5 s on an idle machine; the
 * stalls these tests guard against last 13 s to minutes (or never end, for a
 * FIFO). Two seconds keeps them apart on a loaded shared runner too (1.05 s
 * seen at load 14).
 */
const AT_ONCE_MS = 2000;
/** 1 MB bodies of the shapes that stalled the server: 13 s to minutes per request, a stack overflow for the nested list. */
const adversarial: Record<string, string> = {
  crochets: "[".repeat(megabyte),
  chevrons: "<".repeat(megabyte),
  etoiles: "*".repeat(megabyte),
  soulignes: "_".repeat(megabyte),
  "liste-imbriquee": `${"- ".repeat(megabyte / 2)}fin`,
};

describe("a Markdown body built to stall the parser, published live", () => {
  it.each(Object.keys(adversarial))("(1 MB of %s) is refused at once, and the next requests answer at once", async (kind) => {
    const slug = `hostile-${kind}`;
    fs.writeFileSync(path.join(dir, "articles", `${slug}.md`), articleText(`Article hostile ${kind}`, `Un mot à chercher : hostilissime.\n\n${adversarial[kind]}`));
    const publication = await publish([`articles/${slug}.md`]);
    expect(publication.ms).toBeLessThan(AT_ONCE_MS);
    expect(publication.body.problems.join("\n")).toMatch(new RegExp(`articles/${slug}\\.md › corps : (imbrication trop profonde|suite trop longue)`));
    expect(server.output()).toContain(`articles/${slug}.md › corps`);
    for (const url of ["/", "/recherche?q=hostilissime", `/articles/${slug}`, `/articles/${modelSlug}`]) {
      const answer = await timedGet(url);
      expect(answer.ms, url).toBeLessThan(AT_ONCE_MS);
      expect(answer.status, url).toBe(url === `/articles/${slug}` ? 404 : 200);
    }
  });
});

describe("files that are not regular files inside CONTENT_DIR, published live", () => {
  it("refuses a FIFO named x.md, a symlink to /dev/zero, a folder named x.md and an article symlinked from outside, each by name, without blocking", async () => {
    const articles = path.join(dir, "articles");
    execFileSync("mkfifo", [path.join(articles, "tube.md")]);
    fs.symlinkSync("/dev/zero", path.join(articles, "zero.md"));
    fs.mkdirSync(path.join(articles, "dossier.md"));
    fs.writeFileSync(path.join(outside, "venu-d-ailleurs.md"), articleText("Venu d’ailleurs", "Un texte hors de l’archive."));
    fs.symlinkSync(path.join(outside, "venu-d-ailleurs.md"), path.join(articles, "venu-d-ailleurs.md"));
    const files = ["tube", "zero", "dossier", "venu-d-ailleurs"].map((name) => `articles/${name}.md`);
    const publication = await publish(files);
    expect(publication.ms).toBeLessThan(AT_ONCE_MS);
    const problems = publication.body.problems.join("\n");
    expect(problems).toContain("articles/tube.md : fichier spécial refusé");
    expect(problems).toContain("articles/zero.md : lien symbolique refusé");
    expect(problems).toContain("articles/dossier.md : c'est un dossier");
    expect(problems).toContain("articles/venu-d-ailleurs.md : lien symbolique refusé");
    expect((await timedGet("/articles/venu-d-ailleurs")).status).toBe(404);
    // A full comparison meets them too (a publication naming no file), and still answers at once.
    const full = await publish();
    expect(full.ms).toBeLessThan(AT_ONCE_MS);
    const home = await timedGet("/");
    expect(home.status).toBe(200);
    expect(home.ms).toBeLessThan(AT_ONCE_MS);
  });

  it("never serves a raw text through a symlink leaving raw/, and refuses the article naming it", async () => {
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "raw", "fuite.txt"));
    fs.writeFileSync(path.join(dir, "articles", "article-a-fuite.md"), articleText("Article à fuite", "Un texte.", (f) => f.replace(/^raw: .*$/m, "raw: fuite.txt")));
    const publication = await publish(["articles/article-a-fuite.md"]);
    expect(publication.body.problems.join("\n")).toMatch(/articles\/article-a-fuite\.md › raw : texte brut refusé : c'est un lien symbolique dans raw\//);
    const source = await timedGet("/sources/fuite.txt");
    expect(source.status).toBe(404);
    expect(source.text).not.toContain("SECRET-HORS-ARCHIVE");
  });

  it("refuses a registry file symlinked out of the archive without echoing a line of it, and keeps the registry", async () => {
    const themes = path.join(dir, "entities", "themes.yaml");
    fs.renameSync(themes, `${themes}.orig`);
    fs.symlinkSync(path.join(outside, "secret.txt"), themes);
    const publication = await publish(["entities/themes.yaml"]);
    expect(JSON.stringify(publication.body)).not.toContain("SECRET-HORS-ARCHIVE");
    expect(publication.body.problems.join("\n")).toContain("entities/themes.yaml : lien symbolique refusé");
    expect(server.output()).not.toContain("SECRET-HORS-ARCHIVE");
    expect((await timedGet("/themes/cloud-public")).status).toBe(200);
    fs.rmSync(themes);
    fs.renameSync(`${themes}.orig`, themes);
    expect((await publish(["entities/themes.yaml"])).body.problems).toEqual([]);
  });
});

describe("one invalid article", () => {
  it("never holds back another file nor a registry change: a company added with its article is published", async () => {
    fs.writeFileSync(path.join(dir, "articles", "article-invalide.md"), articleText("Article invalide", "Texte.", (f) => f.replace(/^titleSource: .*$/m, "titleSource: peut-etre")));
    const companies = path.join(dir, "entities", "companies.yaml");
    fs.appendFileSync(companies, "- slug: zorgcorp\n  name: Zorgcorp\n  kind: hébergeur\n  country: afrique-du-sud\n  aliases: []\n  adjectives: []\n");
    fs.writeFileSync(
      path.join(dir, "articles", "zorgcorp-ouvre-un-centre.md"),
      articleText("Zorgcorp ouvre un centre", "Zorgcorp ouvre un centre à Johannesburg.", (f) => f.replace(/^companies: .*$/m, "companies: [zorgcorp]").replace(/^announcedBy: .*$/m, "announcedBy: [zorgcorp]")),
    );
    const publication = await publish(["entities/companies.yaml", "articles/zorgcorp-ouvre-un-centre.md", "articles/article-invalide.md"]);
    expect(publication.body.problems.join("\n")).toContain("articles/article-invalide.md › titleSource");
    await within(2000, "the new company's article", async () => (await pageText(`${server.url}/articles/zorgcorp-ouvre-un-centre`)).status === 200);
    expect((await pageText(`${server.url}/entreprises/zorgcorp`)).status).toBe(200);
  });
});
