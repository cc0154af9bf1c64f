import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../scripts/lib/next-server";
import { startRedis } from "../../scripts/lib/redis-server";
import { contentCopy, pageText, startLiveServer, within } from "./live-site";
import { baseUrl, newPage } from "./support";

/*
 * Announcements as a reader and a spreadsheet see them: /annonces and its
 * filters without JavaScript, the exports, a site's life, a company's
 * projects; then a publication about an existing site, followed by every
 * page on two instances sharing Redis, and its withdrawal.
 */

describe("/annonces", () => {
  it("filters by company with a GET form, without JavaScript, and keeps currencies apart in its totals", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/annonces");
    const rows = page.locator('tbody[id^="annonce-"]');
    expect(await rows.count()).toBe(16);
    await page.getByLabel("Entreprise", { exact: true }).selectOption("alibaba");
    await page.getByLabel("État", { exact: true }).selectOption("announced");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(/entreprise=alibaba/);
    expect(new URL(page.url()).searchParams.get("etat")).toBe("announced");
    // BCX and Alibaba's five regions, Alibaba's two investments and its new data center: never Deutsche Telekom's.
    expect(await rows.count()).toBe(8);
    const listed = (await rows.allInnerTexts()).join("\n");
    expect(listed).toContain("Alibaba");
    expect(listed).not.toContain("Deutsche Telekom");
    // French number formatting puts no-break spaces between the figure, its unit and its currency.
    const totals = (await page.getByRole("region", { name: "Totaux par état" }).innerText()).replace(/\s/g, " ");
    expect(totals).toContain("200 Md CNY");
    expect(totals).toContain("28 Md $US");
  });

  it("has downloads: a CSV that a CSV parser reads back, with a BOM, and JSON, each row with its evidence and article", async () => {
    const csv = await fetch(`${baseUrl}/annonces.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(16);
    const json = (await (await fetch(`${baseUrl}/annonces.json`)).json()) as { announcements: { id: string; evidence: string; articleUrl: string; amount: number | null }[] };
    expect(json.announcements.map((a) => a.id)).toEqual(records.map((r) => r.id));
    const investment = json.announcements.find((a) => a.amount === 28000000000)!;
    expect(investment.evidence).toContain("28 milliards de dollars");
    expect((await fetch(investment.articleUrl.replace(/^https?:\/\/[^/]+/, baseUrl))).status).toBe(200);
    const filtered = parse(await (await fetch(`${baseUrl}/annonces.csv?pays=botswana`)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(filtered.map((r) => r.countryName)).toEqual(["Botswana"]);
  });
});

describe("pages built from announcements", () => {
  it("a site's page tells its life, each state with its date and article", async () => {
    const page = await newPage();
    await page.goto("/sites/alp-johannesburg");
    expect(await page.locator("h1").innerText()).toBe("Africa Local Public (ALP), Johannesburg");
    const life = await page.getByRole("list", { name: /États successifs/ }).innerText();
    expect(life).toMatch(/en service — 11 octobre 2023, d’après BCX lance le service cloud/);
  });

  it("a company's page lists only the projects it is `by` in: JD.com, named beside Alibaba's data centers, has none", async () => {
    const alibaba = (await pageText(`${baseUrl}/entreprises/alibaba`)).text;
    expect(alibaba).toContain("Ses projets");
    expect(alibaba).toContain("/sites/alibaba-zhangbei");
    const jd = (await pageText(`${baseUrl}/entreprises/jd-com`)).text;
    expect(jd).not.toContain("Ses projets");
    expect(jd).not.toContain("/sites/");
  });
});

describe("a publication about an existing site, on two instances sharing Redis", () => {
  let dir: string;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let servers: RunningServer[] = [];
  const slug = "zhangbei-entre-en-service";
  const evidence = "Les centres de données d’Alibaba à Zhangbei sont entrés en service, avec une capacité de 150 mégawatts.";

  beforeAll(async () => {
    dir = contentCopy();
    redis = await startRedis();
    servers = await Promise.all([startLiveServer(dir, { REDIS_URL: redis.url }), startLiveServer(dir, { REDIS_URL: redis.url })]);
  }, 120_000);
  afterAll(() => {
    for (const server of servers) server.stop();
    redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The state a site's fact sheet gives, as its HTML says it. */
  const currentState = async (url: string) => /État, d’après le dernier article<\/dt><dd>(.*?)<\/dd>/.exec((await pageText(url)).text)?.[1] ?? "";

  const pages = (server: RunningServer) => ({
    site: `${server.url}/sites/alibaba-zhangbei`,
    company: `${server.url}/entreprises/alibaba`,
    table: `${server.url}/annonces?entreprise=alibaba`,
    csv: `${server.url}/annonces.csv`,
    map: `${server.url}/carte`,
  });

  it("shows the new state on the site's page, the company's, /annonces, the CSV and the map, then forgets it when withdrawn", async () => {
    // Rendered and cached once before, so that what follows is the publication's doing.
    for (const server of servers) for (const url of Object.values(pages(server))) await fetch(url).then((r) => r.arrayBuffer());
    expect(await currentState(pages(servers[0]).site)).toContain("annoncé");

    const file = path.join(dir, "articles", `${slug}.md`);
    fs.writeFileSync(
      `${file}.tmp`,
      `---
title: "Zhangbei entre en service"
titleSource: editorial
date: "2016-11-11"
datePrecision: day
summary: "Les centres de données d’Alibaba à Zhangbei sont en service."
summarySource: editorial
companies: [alibaba]
countries:
  - { slug: chine, role: site }
announcements:
  - by: [alibaba]
    kind: datacenter
    site: alibaba-zhangbei
    mw: 150
    status: operational
    evidence: "${evidence}"
raw: 002_59d6068bb476c50a.txt
archivedAt: "2026-12-01T10:00:00+00:00"
---

${evidence}
`,
    );
    fs.renameSync(`${file}.tmp`, file);

    for (const server of servers) {
      const urls = pages(server);
      await within(3000, `${server.url} site page`, async () => (await currentState(urls.site)).includes("en service"));
      await within(3000, `${server.url} company page`, async () => (await pageText(urls.company)).text.includes("150\u00a0MW"));
      await within(3000, `${server.url} /annonces`, async () => (await pageText(urls.table)).text.includes(slug));
      await within(3000, `${server.url} CSV`, async () => (await pageText(urls.csv)).text.includes(`${slug}#0`));
      await within(3000, `${server.url} map`, async () => (await pageText(urls.map)).text.includes(`/articles/${slug}`));
    }
    const page = await newPage({ site: servers[1].url, javaScriptEnabled: false });
    await page.goto("/sites/alibaba-zhangbei");
    expect(await page.getByRole("list", { name: /États successifs/ }).innerText()).toMatch(/en service — 11 novembre 2016/);

    fs.rmSync(file);
    for (const server of servers) {
      const urls = pages(server);
      await within(3000, `${server.url} site page`, async () => (await currentState(urls.site)).includes("annoncé"));
      await within(3000, `${server.url} company page`, async () => !(await pageText(urls.company)).text.includes("150\u00a0MW"));
      await within(3000, `${server.url} /annonces`, async () => !(await pageText(urls.table)).text.includes(slug));
      await within(3000, `${server.url} CSV`, async () => !(await pageText(urls.csv)).text.includes(`${slug}#0`));
      await within(3000, `${server.url} map`, async () => !(await pageText(urls.map)).text.includes(`/articles/${slug}`));
    }
  }, 60_000);
});
