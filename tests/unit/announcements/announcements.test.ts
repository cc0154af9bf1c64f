import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { filterOptions, filterRows, parseAnnouncementFilters, announcementsHref } from "@/lib/announcements/announcement-filters";
import { getAnnouncementRows } from "@/lib/announcements/announcement-rows";
import { announcementsCsv, announcementsJson, exportFields, neutralise } from "@/lib/announcements/export";
import { siteLife } from "@/lib/announcements/site-life";
import { totalsByStatus, totalsOf } from "@/lib/announcements/totals";
import { getEntityProfile } from "@/lib/entities/entity-pages";

const archive = buildArchive(path.resolve("tests/fixtures/announcements"));
const rows = getAnnouncementRows(archive);
const origin = "https://archives.example";

describe("a site's life", () => {
  it("joins the announcements of several articles and years, oldest first, each status with the article that first gives it", () => {
    const life = siteLife("campus-une", archive.articles);
    expect(life.events.map((e) => e.article.slug)).toEqual(["campus-annonce-2019", "campus-en-chantier-2020", "campus-en-service-2022"]);
    expect(life.steps.map((s) => [s.status, s.first.article.date.value])).toEqual([
      ["announced", "2019-03-04"],
      ["under-construction", "2020"],
      ["operational", "2022-05"],
    ]);
    expect(life.current?.status).toBe("operational");
    expect(life.figures.map((f) => [f.mw, f.amount?.value])).toEqual([[100, 1000000000], [120, undefined]]);
  });

  it("is the site page's, which lists the site's articles only", () => {
    const profile = getEntityProfile("site", "campus-une", archive)!;
    expect(profile.timeline.map((e) => e.article.slug)).toEqual(["campus-annonce-2019", "campus-en-chantier-2020", "campus-en-service-2022"]);
    expect(profile.operators.map((c) => c.slug)).toEqual(["mere"]);
    expect(profile.place?.slug).toBe("ville-une");
    expect(profile.life.current?.event.article.slug).toBe("campus-en-service-2022");
  });
});

describe("totals", () => {
  it("never add amounts across currencies", () => {
    const totals = totalsOf(rows);
    expect(totals.amounts).toEqual([
      { currency: "EUR", value: 1000000000, count: 1 },
      { currency: "CNY", value: 20000000, count: 1 },
      { currency: "USD", value: 5000000, count: 1 },
    ]);
  });

  it("count a site's capacity once, its newest figure: 120 MW, not 100 + 120", () => {
    expect(totalsOf(rows).mw).toBe(120);
    expect(totalsOf(rows).withMw).toBe(1);
  });

  it("split by status: what is announced and what is in service", () => {
    const byStatus = totalsByStatus(rows);
    expect(byStatus.map((s) => [s.status, s.totals.count, s.totals.mw])).toEqual([
      ["announced", 3, 100],
      ["under-construction", 1, 120],
      ["operational", 1, 0],
    ]);
  });
});

describe("/annonces filters", () => {
  it("parse the French parameters and drop values that cannot be filters", () => {
    expect(parseAnnouncementFilters({ entreprise: "mere", pays: "Pays A", type: "datacenter", etat: "bientot", annee: "2020" })).toEqual({ company: "mere", kind: "datacenter", year: 2020 });
    expect(announcementsHref({ year: 2020, company: "mere" })).toBe("/annonces?entreprise=mere&annee=2020");
    // Page 1 is the list's own address; a page is a number, nothing else.
    expect(parseAnnouncementFilters({ page: "2" })).toEqual({ page: 2 });
    expect(parseAnnouncementFilters({ page: "1" })).toEqual({});
    expect(parseAnnouncementFilters({ page: "deux" })).toEqual({});
  });

  it("keep a group's subsidiaries' projects, a country's projects, a year's", () => {
    const { registry } = archive;
    expect(filterRows(rows, { company: "mere" }, registry).map((r) => r.id)).toEqual(["campus-en-service-2022#0", "campus-en-chantier-2020#0", "campus-annonce-2019#0"]);
    expect(filterRows(rows, { company: "fille" }, registry).map((r) => r.id)).toEqual(["campus-en-chantier-2020#0"]);
    // Ville Deux's project is in Pays B through its place; the campus is in Pays A through its site.
    expect(filterRows(rows, { country: "pays-b" }, registry).map((r) => r.id)).toEqual(["campus-en-service-2022#1", "campus-en-service-2022#2"]);
    expect(filterRows(rows, { country: "pays-a", status: "announced", year: 2019 }, registry).map((r) => r.id)).toEqual(["campus-annonce-2019#0"]);
  });

  it("offer only values some announcement has, with their counts", () => {
    const options = filterOptions(rows, { kind: (k) => k, status: (s) => s });
    expect(options.companies.map((o) => [o.value, o.count])).toEqual([["autre", 2], ["fille", 1], ["mere", 2]]);
    expect(options.years.map((o) => o.value)).toEqual(["2022", "2020", "2019"]);
  });
});

describe("exports", () => {
  it("CSV: UTF-8 with a byte order mark, parsed back by a CSV parser into the JSON's records", () => {
    const csv = announcementsCsv(rows, origin);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0])).toEqual(exportFields);
    expect(records).toHaveLength(rows.length);
    const json = JSON.parse(announcementsJson(rows, origin)).announcements;
    records.forEach((record, i) => {
      expect(record.id).toBe(json[i].id);
      expect(record.articleUrl).toBe(json[i].articleUrl);
      expect(record.amount).toBe(json[i].amount === null ? "" : String(json[i].amount));
    });
    const quoted = records.find((r) => r.id === "campus-en-service-2022#2")!;
    // A quote, a guillemet and a semicolon survive the round trip.
    expect(quoted.evidence).toBe("Autre prévoit aussi 20 millions de yuans à Ville Deux, « pour commencer »; dit-il.");
    expect(quoted.amount).toBe("20000000");
    expect(records.find((r) => r.id === "campus-annonce-2019#0")!.articleUrl).toBe(`${origin}/articles/campus-annonce-2019`);
  });

  it("CSV: a cell that begins like a formula is neutralised", () => {
    const records = parse(announcementsCsv(rows, origin), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.find((r) => r.id === "campus-en-service-2022#1")!.evidence).toBe("'=1+1 pour Autre, qui investira 5 millions de dollars au Pays B.");
    for (const cell of records.flatMap((r) => Object.values(r))) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(["=A1", "+1", "-2", "@x", "\t=1", "texte"].map(neutralise)).toEqual(["'=A1", "'+1", "'-2", "'@x", "'\t=1", "texte"]);
  });

  it("JSON: each record with its evidence verbatim, its article's address, null for what the text does not give", () => {
    const { fields, announcements } = JSON.parse(announcementsJson(rows, origin));
    expect(fields).toEqual(exportFields);
    const chantier = announcements.find((a: { id: string }) => a.id === "campus-en-chantier-2020#0");
    expect(chantier).toMatchObject({ by: ["fille"], status: "under-construction", site: "campus-une", country: "pays-a", mw: 120, amount: null, year: null });
    expect(chantier.evidence).toBe("La fille construit le campus, porté à 120 MW.");
    expect(chantier.siteUrl).toBe(`${origin}/sites/campus-une`);
  });
});
