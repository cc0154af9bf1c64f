import { describe, expect, it } from "vitest";
import { compareNewestFirst, formatArchiveDate, groupByYear, monthName, parseArchiveDate, precisionOf, weekdayOf } from "@/lib/dates";

describe("formatArchiveDate", () => {
  it("writes each precision the French way", () => {
    expect(formatArchiveDate(parseArchiveDate("2023-10-11", "day"))).toBe("11 octobre 2023");
    expect(formatArchiveDate(parseArchiveDate("2023-10-01", "day"))).toBe("1er octobre 2023");
    expect(formatArchiveDate(parseArchiveDate("2020-04", "month"))).toBe("avril 2020");
    expect(formatArchiveDate(parseArchiveDate("2015", "year"))).toBe("2015");
    expect(formatArchiveDate(parseArchiveDate(null, "unknown"))).toBe("date inconnue");
  });

  it("does not shift a day whatever the time zone", () => {
    const date = parseArchiveDate("2016-09-12", "day");
    expect(date.start!.getDate()).toBe(12);
    expect(weekdayOf(date)).toBe("lundi");
  });
});

describe("ordering", () => {
  it("sorts a period at its start, before the days inside it, and unknown last", () => {
    const values = [
      parseArchiveDate("2020-03-20", "day"),
      parseArchiveDate("2020", "year"),
      parseArchiveDate(null, "unknown"),
      parseArchiveDate("2020-03", "month"),
      parseArchiveDate("2019-12-31", "day"),
    ];
    const sorted = [...values].sort((a, b) => a.sortKey - b.sortKey).map((d) => d.value);
    expect(sorted).toEqual(["2019-12-31", "2020", "2020-03", "2020-03-20", null]);
  });

  it("orders newest first with a stable tiebreak", () => {
    const items = [
      { id: "b", date: parseArchiveDate("2020", "year") },
      { id: "a", date: parseArchiveDate("2020", "year") },
      { id: "c", date: parseArchiveDate("2021-01-01", "day") },
    ];
    expect(items.sort((x, y) => compareNewestFirst(x, y, (i) => i.date, (i) => i.id)).map((i) => i.id)).toEqual(["c", "a", "b"]);
  });

  it("puts undated items last in a newest-first order too", () => {
    const items = [
      { id: "inconnue", date: parseArchiveDate(null, "unknown") },
      { id: "2015", date: parseArchiveDate("2015", "year") },
      { id: "2021", date: parseArchiveDate("2021-01-01", "day") },
    ];
    expect(items.sort((x, y) => compareNewestFirst(x, y, (i) => i.date, (i) => i.id)).map((i) => i.id)).toEqual(["2021", "2015", "inconnue"]);
  });

  it("groups by year keeping order", () => {
    const items = ["2023-10-11", "2020-03-20", "2020"].map((v) => ({ date: parseArchiveDate(v, precisionOf(v)) }));
    expect(groupByYear(items, (i) => i.date).map((g) => [g.year, g.items.length])).toEqual([
      [2023, 1],
      [2020, 2],
    ]);
  });

  it("names months and detects precision", () => {
    expect(monthName(4)).toBe("avril");
    expect(precisionOf("2020-04")).toBe("month");
    expect(precisionOf("2015")).toBe("year");
  });
});
