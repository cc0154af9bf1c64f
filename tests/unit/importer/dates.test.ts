import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/importer/page/dateline";
import { findDateMentions, isoOf, parseNumericDate, weekdayOfDay, yearsIn } from "@/lib/importer/page/dates";

describe("findDateMentions", () => {
  it("reads weekday, day, month and year", () => {
    expect(findDateMentions("Alibaba annonce ce lundi 20 mars 2020 un plan")).toMatchObject([
      { text: "lundi 20 mars 2020", weekday: "lundi", day: 20, month: 3, year: 2020 },
    ]);
  });

  it("reads « 1er », accents and abbreviations, and dates without a year", () => {
    const found = findDateMentions("le 1er mars 2021, puis le 15 août, le 3 févr. 2022 et jeudi 7 avril");
    expect(found.map((d) => [d.day, d.month, d.year, d.weekday])).toEqual([
      [1, 3, 2021, undefined],
      [15, 8, undefined, undefined],
      [3, 2, 2022, undefined],
      [7, 4, undefined, "jeudi"],
    ]);
  });

  it("reads a month and year alone, and skips days that do not exist", () => {
    const found = findDateMentions("en octobre 2022, pas le 31 avril 2022");
    expect(found[0]).toMatchObject({ text: "octobre 2022", month: 10, year: 2022 });
    expect(found.some((d) => d.day === 31)).toBe(false);
  });
});

describe("parseDateline", () => {
  it.each([
    ["Publié le 3 février 2021 à 9h12", "2021-02-03"],
    ["jeudi 5 mai 2022", "2022-05-05"],
    ["Le 05/05/2022 à 10:30", "2022-05-05"],
    ["Mis en ligne le 12 juin 2019", "2019-06-12"],
    ["Première diffusion le 4 févr. 2025", "2025-02-04"],
    ["Parue le 21/10/2025", "2025-10-21"],
  ])("%s is a dateline for %s", (line, iso) => {
    expect(isoOf(parseDateline(line)!)?.value).toBe(iso);
  });

  it("reads the part of a « · »-separated reference line that announces the page's date, and no other dated part", () => {
    expect(isoOf(parseDateline("Avis n° RX-2024-0091 · Publié le 3 mars 2025 · Rubrique : Énergie (13)")!)?.value).toBe("2025-03-03");
    expect(parseDateline("Avis n° RX-2024-0091 · Date limite le 3 mars 2025 · Rubrique : Énergie (13)")).toBeUndefined();
    expect(parseDateline("Séance n° 12 · Tenue le 3 mars 2025 · Salle : mairie annexe")).toBeUndefined();
  });

  it("ignores a sentence that merely contains a date", () => {
    expect(parseDateline("Le groupe a annoncé le 3 février 2021 un plan de 2 milliards.")).toBeUndefined();
    expect(parseDateline("La diffusion le 4 février 2025 du documentaire a fait réagir les élus du canton.")).toBeUndefined();
  });

  it("reads a key naming the page's own sending or publication, never one naming another event", () => {
    expect(isoOf(parseDateline("Date d'envoi du présent avis : 28 novembre 2025")!)?.value).toBe("2025-11-28");
    expect(isoOf(parseDateline("Date de publication : 12 juin 2025")!)?.value).toBe("2025-06-12");
    for (const line of [
      "Date limite de réception des offres : 15 janvier 2026 à 12 h 00.",
      "Date de clôture : 3 mars 2025",
      "Date d'effet : 1er janvier 2025",
      "Date de l'assemblée : 12 juin 2025",
    ]) expect(parseDateline(line)).toBeUndefined();
  });
});

describe("small helpers", () => {
  it("parses a day/month with no year", () => {
    expect(parseNumericDate("Dernière mise à jour à 13h34 le 13/09")).toMatchObject({ day: 13, month: 9, year: undefined });
  });

  it("writes a mention at its own precision", () => {
    expect(isoOf({ year: 2022, month: 10 })).toEqual({ value: "2022-10", precision: "month" });
    expect(isoOf({ year: 2015 })).toEqual({ value: "2015", precision: "year" });
    expect(isoOf({ month: 3, day: 1 })).toBeUndefined();
  });

  it("gives the calendar's weekday", () => {
    expect(weekdayOfDay(2020, 3, 20)).toBe("vendredi");
  });

  it("lists years but not figures such as 2,5 or 10 000", () => {
    expect(yearsIn("en 2016, 2,5 milliards, puis 2019 et 2016")).toEqual([2016, 2019]);
  });
});
