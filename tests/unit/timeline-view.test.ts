import { describe, expect, it } from "vitest";
import path from "node:path";
import { buildArchive } from "@/lib/archive";
import { parseArchiveDate } from "@/lib/dates";
import { getChronology } from "@/lib/entities/entity-pages";
import { newestFirstOf } from "@/lib/entities/timeline";
import { parseTimelineSegments, precisionNote, timelineHref } from "@/lib/timeline-view";

describe("timeline views", () => {
  it("parse the order, the compact mode and the page, in that order only", () => {
    expect(parseTimelineSegments(undefined)).toEqual({ view: { order: "asc", compact: false }, page: 1 });
    expect(parseTimelineSegments(["recents"])).toEqual({ view: { order: "desc", compact: false }, page: 1 });
    expect(parseTimelineSegments(["titres", "page", "3"])).toEqual({ view: { order: "asc", compact: true }, page: 3 });
    expect(parseTimelineSegments(["recents", "titres", "page", "2"])).toEqual({ view: { order: "desc", compact: true }, page: 2 });
    expect(parseTimelineSegments(["titres", "recents"])).toBeUndefined();
    expect(parseTimelineSegments(["recents", "page", "1"])).toBeUndefined();
    expect(parseTimelineSegments(["autre"])).toBeUndefined();
  });

  it("write one URL per view and page, inverse of the parser", () => {
    const base = "/entreprises/alibaba";
    expect(timelineHref(base, { order: "asc", compact: false })).toBe(base);
    expect(timelineHref("/chronologie", { order: "desc", compact: true })).toBe("/chronologie/recents/titres");
    expect(timelineHref(base, { order: "desc", compact: true }, 2)).toBe(`${base}/recents/titres/page/2`);
    for (const order of ["asc", "desc"] as const) {
      for (const compact of [false, true]) {
        const href = timelineHref(base, { order, compact }, 4);
        expect(parseTimelineSegments(href.slice(base.length + 1).split("/"))).toEqual({ view: { order, compact }, page: 4 });
      }
    }
  });

  it("mark dates known only to the year or month", () => {
    expect(precisionNote("year")).toBe("année seule");
    expect(precisionNote("month")).toBe("mois seul");
    expect(precisionNote("day")).toBeUndefined();
  });
});

describe("newest-first timelines", () => {
  it("keep undated articles last, as the oldest-first order does", () => {
    const archive = buildArchive(path.resolve("tests/fixtures/search-archive"));
    const asc = getChronology("asc", archive).map((a) => a.date.value);
    const desc = getChronology("desc", archive).map((a) => a.date.value);
    expect(asc.slice(-2)).toEqual([null, null]);
    expect(desc.slice(0, 2)).toEqual(["2024-05-13", "2023-09"]);
    expect(desc.slice(-3)).toEqual(["2016-11", null, null]);
    expect(newestFirstOf(["2015", "2023", null], (v) => parseArchiveDate(v, v ? "year" : "unknown"))).toEqual(["2023", "2015", null]);
  });
});
