import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/importer/page/dateline";
import { findDateMentions, parseIsoDate, parseWireDateline } from "@/lib/importer/page/dates";
import { type DateEvidence, resolvePublicationDate, type StatedDate } from "@/lib/importer/page/publication-date";

const evidence = (over: Partial<DateEvidence>): DateEvidence => ({ stated: [], lead: "", context: "", updateStamps: [], ...over });
const stated = (line: string, placement: StatedDate["placement"] = "header", kind: StatedDate["kind"] = "dateline"): StatedDate => ({
  date: parseDateline(line) ?? parseWireDateline(line)!.date!,
  line,
  kind,
  placement,
});

describe("resolvePublicationDate", () => {
  it("takes the date the page states as its own, and says which line gave it", () => {
    const result = resolvePublicationDate(evidence({ stated: [stated("Publié le 3 février 2021 à 9h12")], lead: "Alibaba annonce ce lundi 20 mars 2020 investir." }));
    expect(result).toMatchObject({ date: "2021-02-03", datePrecision: "day", dateInferred: false, evidence: "Publié le 3 février 2021 à 9h12", warnings: [] });
  });

  it("never takes a masthead's 'today' for the article's date, and says why", () => {
    const widget = stated("Mercredi 20 novembre 2024", "widget");
    const withDate = resolvePublicationDate(evidence({ stated: [widget, stated("Publié le 18/11/2024 à 06h45")] }));
    expect(withDate.date).toBe("2024-11-18");
    const alone = resolvePublicationDate(evidence({ stated: [widget] }));
    expect(alone).toMatchObject({ date: null, datePrecision: "unknown" });
    expect(alone.dateNote).toMatch(/Mercredi 20 novembre 2024.*jour où le site a été consulté/);
  });

  it("prefers a date under the headline, then a wire's dateline, then a date just above the headline", () => {
    const wire = stated("DUBLIN, le 9 avril 2024 /PRNewswire/ – Equinix a annoncé…", "header", "wire");
    expect(resolvePublicationDate(evidence({ stated: [stated("12 mars 2024", "above"), wire] })).date).toBe("2024-04-09");
    expect(resolvePublicationDate(evidence({ stated: [stated("12 mars 2024", "above")] })).date).toBe("2024-03-12");
  });

  it("leaves the date empty when its weekday does not fit, and the note says why", () => {
    const result = resolvePublicationDate(evidence({ stated: [stated("Mardi 5 septembre 2024 - 11:42")] }));
    expect(result).toMatchObject({ date: null, datePrecision: "unknown", dateInferred: false });
    expect(result.dateNote).toMatch(/Mardi 5 septembre 2024.*jeudi/);
    expect(result.warnings.join()).toMatch(/date non retenue.*jeudi/);
  });

  it("takes the cited source's date, marked as inferred with a note", () => {
    const date = findDateMentions("11 octobre 2023")[0];
    const result = resolvePublicationDate(evidence({ source: { name: "WeAreTechAfrica", date } }));
    expect(result).toMatchObject({ date: "2023-10-11", datePrecision: "day", dateInferred: true });
    expect(result.dateNote).toContain("WeAreTechAfrica, 11 octobre 2023");
  });

  it("never dates an article by a year or a date of its text", () => {
    for (const lead of ["Le campus doit ouvrir d'ici 2027.", "Le groupe exploite le site depuis 2015.", "Le chantier s'achèvera le 31 janvier 2027."]) {
      expect(resolvePublicationDate(evidence({ lead })).date, lead).toBeNull();
    }
  });

  it("deduces the date from the lead's weekday and day only when the calendar agrees, and marks it", () => {
    const fits = resolvePublicationDate(evidence({ lead: "Alibaba a annoncé ce vendredi 20 mars 2020 investir." }));
    expect(fits).toMatchObject({ date: "2020-03-20", dateInferred: true });
    expect(fits.dateNote).toMatch(/vendredi 20 mars 2020/);
    const wrong = resolvePublicationDate(evidence({ lead: "Alibaba annonce ce lundi 20 mars 2020 investir." }));
    expect(wrong).toMatchObject({ date: null, datePrecision: "unknown" });
    expect(wrong.dateNote).toMatch(/lundi 20 mars 2020.*vendredi/);
  });

  it("completes the lead's weekday and day with the year of a caption's full date where the weekday fits", () => {
    const result = resolvePublicationDate(evidence({ lead: "Alibaba a ouvert lundi 12 septembre ses centres.", context: "Un ingénieur, le 11 septembre 2016." }));
    expect(result).toMatchObject({ date: "2016-09-12", datePrecision: "day", dateInferred: true });
    expect(result.dateNote).toMatch(/bien un lundi/);
    // A bare year is no evidence: "Bilan 2021" completes nothing.
    expect(resolvePublicationDate(evidence({ lead: "Le site a ouvert jeudi 7 avril.", context: "Bilan 2021." })).date).toBeNull();
  });

  it("leaves the date unknown with a note and a warning when nothing dates the text", () => {
    const result = resolvePublicationDate(evidence({ lead: "A Shangaï le 19 septembre dernier, Huawei a annoncé un plan." }));
    expect(result).toMatchObject({ date: null, datePrecision: "unknown", dateInferred: false });
    expect(result.dateNote).toMatch(/Aucune date/);
    expect(result.warnings[0]).toMatch(/aucune date trouvée.*19 septembre/);
  });

  it("mentions a removed update stamp in the note", () => {
    const result = resolvePublicationDate(evidence({ updateStamps: ["Dernière mise à jour à 13h34 le 13/09"] }));
    expect(result.dateNote).toContain("13/09");
  });
});

describe("date lines", () => {
  it("read ISO dates in key–value lines, at their precision", () => {
    expect(parseDateline("date 2019-04")).toMatchObject({ year: 2019, month: 4 });
    expect(parseDateline("date 2019-04")).not.toHaveProperty("day");
    expect(parseIsoDate("publié 2024-03-12")).toMatchObject({ year: 2024, month: 3, day: 12 });
    expect(parseIsoDate("2024-13-01")).toBeUndefined();
  });

  it("read a wire's dateline: place in capitals, date, agency", () => {
    expect(parseWireDateline("NOZAY (Essonne), le 3 mars 2025 /ACP/ – L'opérateur a posé la première pierre.")).toMatchObject({
      place: "NOZAY (Essonne)",
      date: { day: 3, month: 3, year: 2025 },
      agency: "ACP",
    });
    expect(parseWireDateline("ABIDJAN, 15 avril 2025 (AII) – Raxio a inauguré…")).toMatchObject({ agency: "AII", date: { year: 2025 } });
    expect(parseWireDateline("MARSEILLE, France--(BUSINESS WIRE)--Digital Realty…")).toEqual({ place: "MARSEILLE, France", agency: "BUSINESS WIRE" });
    expect(parseWireDateline("Le groupe NorthC, dont le siège est situé à Utrecht, prévoit…")).toBeUndefined();
    expect(parseWireDateline("À PARIS – et ailleurs – le secteur grandit.")).toBeUndefined();
  });
});
