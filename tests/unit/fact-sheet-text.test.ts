import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/model/article";
import { parseArchiveDate } from "@/lib/text/dates";
import { displayAliases } from "@/lib/entities/display-names";
import { formatPeriod } from "@/lib/entities/period";
import { factSheetListMax } from "@/lib/entities/most-cited";
import { mainPeople, mentionsOf, mergePeople } from "@/lib/entities/people";
import { articlesPerYear, barLayout } from "@/lib/charts/per-year";

const day = (v: string) => parseArchiveDate(v, "day");
const month = (v: string) => parseArchiveDate(v, "month");
const year = (v: string) => parseArchiveDate(v, "year");

/** Just what mergePeople and articlesPerYear read of an article. */
const article = (slug: string, date: string | null, people: Article["people"] = []) =>
  ({ slug, date: date === null ? parseArchiveDate(null, "unknown") : parseArchiveDate(date, date.length === 4 ? "year" : date.length === 7 ? "month" : "day"), people }) as unknown as Article;

describe("formatPeriod", () => {
  it("says one date with le or en", () => {
    expect(formatPeriod(day("2023-10-11"), day("2023-10-11"))).toBe("le 11 octobre 2023");
    expect(formatPeriod(month("2020-04"), month("2020-04"))).toBe("en avril 2020");
    expect(formatPeriod(year("2020"), year("2020"))).toBe("en 2020");
  });

  it("says a period from a year to a day at the month, never « du 2015 »", () => {
    expect(formatPeriod(year("2015"), day("2023-10-11"))).toBe("de 2015 à octobre 2023");
    expect(formatPeriod(day("2016-09-12"), day("2023-10-11"))).toBe("du 12 septembre 2016 au 11 octobre 2023");
    expect(formatPeriod(month("2020-04"), year("2023"))).toBe("d’avril 2020 à 2023");
  });

  it("does not repeat one month for two days of it against a coarser end", () => {
    expect(formatPeriod(month("2020-03"), day("2020-03-20"))).toBe("en mars 2020");
  });
});

describe("mergePeople", () => {
  it("gives one line per person with every role and its articles, oldest first", () => {
    const a2016 = article("a", "2016-09-12", [{ name: "Jeff Zhang", role: "directeur de la technologie du groupe", company: "alibaba" }]);
    const a2020 = article("b", "2020", [{ name: "Jeff Zhang", role: "président d’Alibaba Cloud Intelligence" }]);
    const b2020 = article("c", "2020-03-20", [
      { name: "Jeff ZHANG", role: "président d'Alibaba Cloud Intelligence" },
      { name: "Kevin Liu", role: "directeur général" },
    ]);
    const lines = mergePeople(mentionsOf([a2016, a2020, b2020]));
    expect(lines.map((l) => l.name)).toEqual(["Jeff Zhang", "Kevin Liu"]);
    expect(lines[0].roles.map((r) => [r.role, r.articles.map((a) => a.slug)])).toEqual([
      ["directeur de la technologie du groupe", ["a"]],
      ["président d’Alibaba Cloud Intelligence", ["b", "c"]],
    ]);
  });

  it("keeps people a filter lets through only", () => {
    const a = article("a", "2020", [{ name: "X", company: "autre" }, { name: "Y", company: "mere" }]);
    expect(mergePeople(mentionsOf([a], (p) => p.company === "mere")).map((l) => l.name)).toEqual(["Y"]);
  });
});

describe("mainPeople", () => {
  // Person i is named in i + 1 articles; the archive gives them in the order 0, 1, 2…
  const people = (n: number) =>
    mergePeople(mentionsOf(Array.from({ length: n }, (_, i) => Array.from({ length: i + 1 }, (_, k) => article(`p${i}-${k}`, "2020", [{ name: `Personne ${i}`, role: "directrice" }]))).flat()));

  it("names the most cited, in the order the archive first gives them, and counts the others", () => {
    const { shown, others } = mainPeople(people(30));
    expect(shown.map((p) => p.name)).toEqual(Array.from({ length: factSheetListMax }, (_, k) => `Personne ${30 - factSheetListMax + k}`));
    expect(others).toBe(30 - factSheetListMax);
  });

  it("counts a person once per article, whatever their roles", () => {
    // Eleven people named twice, four once, then one named once with two roles: counted by role, she would tie for the twelfth place and win it.
    const twice = Array.from({ length: factSheetListMax - 1 }, (_, i) => [1, 2].map((k) => article(`t${i}-${k}`, "2020", [{ name: `Deux ${i}`, role: "directeur" }]))).flat();
    const once = Array.from({ length: 4 }, (_, i) => article(`o${i}`, "2020", [{ name: `Une ${i}`, role: "directeur" }]));
    const roles = article("r", "2020", [{ name: "Deux rôles", role: "directrice" }, { name: "Deux rôles", role: "présidente" }]);
    const { shown, others } = mainPeople(mergePeople(mentionsOf([...twice, ...once, roles])));
    expect(shown.map((p) => p.name)).toEqual([...Array.from({ length: factSheetListMax - 1 }, (_, i) => `Deux ${i}`), "Une 0"]);
    expect(others).toBe(4);
  });

  it("leaves a short list whole and in order", () => {
    expect(mainPeople(people(5))).toEqual({ shown: people(5), others: 0 });
  });
});

describe("displayAliases", () => {
  it("keeps real other names, drops detection phrases and spellings of the name", () => {
    expect(displayAliases({ name: "Alibaba", aliases: ["Alibaba Group", "groupe Alibaba", "groupe chinois Alibaba"] })).toEqual(["Alibaba Group"]);
    expect(displayAliases({ name: "JD.com", aliases: ["JD", "JDcom"] })).toEqual(["JD"]);
  });
});

describe("articlesPerYear", () => {
  it("counts per year with the empty years between, and the undated apart", () => {
    const result = articlesPerYear([article("a", "2015"), article("b", "2017-01"), article("c", "2017-03-02"), article("d", null)], (a) => a.date);
    expect(result.years).toEqual([
      { year: 2015, count: 1 },
      { year: 2016, count: 0 },
      { year: 2017, count: 2 },
    ]);
    expect(result.undated).toBe(1);
    expect(result.max).toBe(2);
  });

  it("lays bars out proportionally from the baseline", () => {
    const bars = barLayout([{ year: 2020, count: 2 }, { year: 2021, count: 1 }], 2, 100, 50);
    expect(bars.map((b) => [b.height, b.y])).toEqual([[50, 0], [25, 25]]);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].width);
  });
});
