import { describe, expect, it } from "vitest";
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
