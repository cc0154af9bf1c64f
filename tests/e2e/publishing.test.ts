import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../scripts/lib/next-server";
import { contentCopy, pageText, startLiveServer, within, writeArticle } from "./live-site";
import { baseUrl, newPage } from "./support";

/*
 * A running server takes content changes without a rebuild: its watcher sees
 * the file, the archive and the search index are updated in place, and every
 * page showing the article follows within 2 s.
 */

const token = "jeton-de-test";
let dir: string;
let server: RunningServer;

/** Changed and withdrawn while no server ran: the start must read the one and drop the other, and take every other article from the build's snapshot. */
const correctedOffline = "alibaba-met-en-place-ses-premiers-centres-de-donnees-auto-concus-dans-le-hebei";
const withdrawnOffline = "deutsche-telekom-va-lancer-un-cloud-public-base-sur-la-plateforme-openstack-de-huawei";

beforeAll(async () => {
  dir = contentCopy();
  const corrected = path.join(dir, "articles", `${correctedOffline}.md`);
  fs.writeFileSync(corrected, fs.readFileSync(corrected, "utf8").replace(/^title: .*$/m, 'title: "Alibaba corrigé pendant l’arrêt du serveur : horslignissime"'));
  fs.rmSync(path.join(dir, "articles", `${withdrawnOffline}.md`));
  server = await startLiveServer(dir, { PUBLISH_TOKEN: token });
});
afterAll(() => {
  server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const slug = "zorglub-ouvre-un-centre-de-donnees-a-johannesburg";
const word = "zorglubesque";

describe("a server started from the build's archive snapshot", () => {
  it("reads only the file changed since the build, and drops the one removed", async () => {
    expect(server.output()).toMatch(/archive reprise de la construction en [\d.]+ s \(1 fichiers relus, 1 retirés\)/);
    // The search reads the archive as the server loaded it (pages prerendered by the build are another matter: they expire, decision 008).
    expect((await pageText(`${server.url}/api/search?q=horslignissime`)).text).toContain(correctedOffline);
    expect((await pageText(`${server.url}/articles/${withdrawnOffline}`)).status).toBe(404);
  });
});

describe("live publishing", () => {
  it("shows a new article within 2 s on its page, home, its entities, search, the feed and the sitemap", async () => {
    const warm = ["/", "/pays/afrique-du-sud", "/entreprises/alibaba", `/recherche?q=${word}`, "/feed.xml", "/sitemap.xml", "/chronologie"];
    for (const url of warm) await fetch(`${server.url}${url}`).then((r) => r.arrayBuffer());
    writeArticle(dir, slug, "Zorglub ouvre un centre de données à Johannesburg", word);
    await within(2000, "article page", async () => (await pageText(`${server.url}/articles/${slug}`)).status === 200);
    for (const url of warm) {
      await within(2000, url, async () => (await pageText(`${server.url}${url}`)).text.includes(slug));
    }
    // Readers without JavaScript get the whole article in the HTML, not a shell.
    const page = await newPage({ javaScriptEnabled: false, site: server.url });
    await page.goto(`/articles/${slug}`);
    expect(await page.locator("h1").textContent()).toContain("Zorglub ouvre un centre de données");
    expect(await page.getByText(word).isVisible()).toBe(true);
  });

  it("shows a correction within 2 s", async () => {
    writeArticle(dir, slug, "Zorglub corrige son annonce à Johannesburg", "zorglubissime");
    await within(2000, "corrected title", async () => (await pageText(`${server.url}/articles/${slug}`)).text.includes("Zorglub corrige son annonce"));
    await within(2000, "home", async () => (await pageText(`${server.url}/`)).text.includes("Zorglub corrige son annonce"));
    await within(2000, "search", async () => (await pageText(`${server.url}/recherche?q=zorglubissime`)).text.includes(`/articles/${slug}`));
    expect((await pageText(`${server.url}/recherche?q=${word}`)).text).not.toContain(`/articles/${slug}"`);
  });

  it("keeps the last good version of a file that fails validation, and logs file › field › problem", async () => {
    const file = path.join(dir, "articles", `${slug}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^titleSource: .*$/m, "titleSource: peut-etre"));
    await within(2000, "the refusal in the log", async () => server.output().includes(`${slug}.md › titleSource`));
    const { status, text } = await pageText(`${server.url}/articles/${slug}`);
    expect(status).toBe(200);
    expect(text).toContain("Zorglub corrige son annonce");
  });

  it("withdraws a removed article within 2 s: its page is a 404, the lists forget it", async () => {
    fs.rmSync(path.join(dir, "articles", `${slug}.md`));
    await within(2000, "404", async () => (await pageText(`${server.url}/articles/${slug}`)).status === 404);
    await within(2000, "home", async () => !(await pageText(`${server.url}/`)).text.includes(slug));
    await within(2000, "country", async () => !(await pageText(`${server.url}/pays/afrique-du-sud`)).text.includes(slug));
  });
});

describe("POST /api/publish", () => {
  it("answers 401 without the token or with a wrong one", async () => {
    expect((await fetch(`${server.url}/api/publish`, { method: "POST" })).status).toBe(401);
    const wrong = await fetch(`${server.url}/api/publish`, { method: "POST", headers: { Authorization: "Bearer faux" } });
    expect(wrong.status).toBe(401);
  });

  it("publishes on demand with the token, and lists what changed", async () => {
    const other = "publication-a-la-demande";
    writeArticle(dir, other, "Publication à la demande", "demandissime");
    const response = await fetch(`${server.url}/api/publish`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ files: [`articles/${other}.md`] }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    // The watcher may have taken it first; either way the article is published.
    expect(body.problems).toEqual([]);
    expect((await pageText(`${server.url}/articles/${other}`)).status).toBe(200);
  });

  it("does not exist on a server without PUBLISH_TOKEN", async () => {
    expect((await fetch(`${baseUrl}/api/publish`, { method: "POST", headers: { Authorization: "Bearer x" } })).status).toBe(404);
  });
});

describe("a fact sheet as coverage grows", () => {
  it("lists a company's most cited countries and people and counts the rest, then lists them all again when the article goes", async () => {
    const page = await newPage({ site: server.url });
    const chips = page.getByRole("list", { name: "Pays concernés" }).getByRole("listitem");
    const people = page.getByRole("list", { name: "Personnes citées" }).getByRole("listitem");
    await page.goto("/entreprises/alibaba");
    const before = await chips.count();
    const peopleBefore = await people.count();
    expect(before).toBeLessThan(12);
    expect(peopleBefore).toBeLessThan(12);
    // An article naming Alibaba, twenty countries its other articles do not name, and sixteen of its people.
    const model = fs.readFileSync(path.join(dir, "articles", "bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud.md"), "utf8");
    const twenty = ["albanie", "andorre", "argentine", "armenie", "autriche", "bahamas", "bangladesh", "barbade", "belgique", "belize", "benin", "bhoutan", "bolivie", "bresil", "bulgarie", "cambodge", "canada", "chili", "colombie", "croatie"];
    const countries = `countries:\n${twenty.map((c) => `  - { slug: ${c}, role: market }`).join("\n")}\nplaces: []\n`;
    const sixteen = Array.from({ length: 16 }, (_, i) => `Personne Essai ${i + 1}`);
    const named = `people:\n${sixteen.map((name) => `  - { name: ${name}, role: "directrice", company: alibaba }`).join("\n")}\n`;
    const wide = "alibaba-dans-vingt-pays";
    const file = path.join(dir, "articles", `${wide}.md`);
    fs.writeFileSync(`${file}.tmp`, model.replace(/^title: .*$/m, 'title: "Alibaba dans vingt pays"').replace(/^story: .*\n/m, "").replace(/^countries:\n[\s\S]*?^themes:/m, `${countries}themes:`).replace(/^people:\n(?: {2}- .*\n)*/m, named) + `\n${sixteen.join(", ")}.\n`);
    fs.renameSync(`${file}.tmp`, file);
    await within(2000, "the company page", async () => (await pageText(`${server.url}/entreprises/alibaba`)).text.includes("autres pays"));
    await page.goto("/entreprises/alibaba");
    expect(await chips.count()).toBe(12);
    // Each article counts once per country: the twelve shown are the most cited, and every other is counted.
    expect(await page.getByText(`et ${before + twenty.length - 12}\u00a0autres pays, cités moins souvent`).isVisible()).toBe(true);
    expect(await people.count()).toBe(12);
    expect(await page.getByText(`et ${peopleBefore + sixteen.length - 12}\u00a0autres personnes, citées moins souvent`).isVisible()).toBe(true);
    fs.rmSync(file);
    await within(2000, "the company page", async () => !(await pageText(`${server.url}/entreprises/alibaba`)).text.includes("autres pays"));
    await page.goto("/entreprises/alibaba");
    expect(await chips.count()).toBe(before);
    expect(await people.count()).toBe(peopleBefore);
  });
});
