import { describe, expect, it } from "vitest";
import { findDateMentions, parseDateline } from "@/lib/importer/dates";
import { type DateEvidence, resolvePublicationDate } from "@/lib/importer/publication-date";

const evidence = (over: Partial<DateEvidence>): DateEvidence => ({ datelines: [], body: "", context: "", updateStamps: [], ...over });

describe("resolvePublicationDate", () => {
  it("trusts a dateline first", () => {
    const result = resolvePublicationDate(evidence({ datelines: [parseDateline("Publié le 3 février 2021 à 9h12")!], body: "ce lundi 20 mars 2020" }));
    expect(result).toMatchObject({ date: "2021-02-03", datePrecision: "day", dateInferred: false, warnings: [] });
  });

  it("takes the cited source's date, marked as inferred with a note", () => {
    const date = findDateMentions("11 octobre 2023")[0];
    const result = resolvePublicationDate(evidence({ source: { name: "WeAreTechAfrica", date } }));
    expect(result).toMatchObject({ date: "2023-10-11", datePrecision: "day", dateInferred: true });
    expect(result.dateNote).toContain("WeAreTechAfrica, 11 octobre 2023");
  });

  it("keeps a date whose weekday is wrong, and says so", () => {
    const result = resolvePublicationDate(evidence({ body: "Alibaba annonce ce lundi 20 mars 2020 investir." }));
    expect(result.date).toBe("2020-03-20");
    expect(result.dateInferred).toBe(false);
    expect(result.dateNote).toMatch(/lundi 20 mars 2020.*vendredi/);
    expect(result.warnings.join()).toMatch(/conflit/);
  });

  it("completes a weekday + day with the year of another date, checking the weekday", () => {
    const result = resolvePublicationDate(evidence({ body: "Alibaba a ouvert lundi 12 septembre ses centres.", context: "Un ingénieur, le 11 septembre 2016." }));
    expect(result).toMatchObject({ date: "2016-09-12", datePrecision: "day", dateInferred: true });
    expect(result.dateNote).toMatch(/bien un lundi/);
  });

  it("prefers, among several years, the one where the weekday fits", () => {
    const result = resolvePublicationDate(evidence({ body: "Le site a ouvert jeudi 7 avril.", context: "Bilan 2021. Photo du 6 avril 2022." }));
    expect(result.date).toBe("2022-04-07");
  });

  it("leaves the date unknown with a note and a warning when nothing dates the text", () => {
    const result = resolvePublicationDate(evidence({ body: "A Shangaï le 19 septembre dernier, Huawei a annoncé un plan." }));
    expect(result).toMatchObject({ date: null, datePrecision: "unknown", dateInferred: false });
    expect(result.dateNote).toMatch(/Aucune date/);
    expect(result.warnings[0]).toMatch(/aucune date trouvée.*19 septembre/);
  });

  it("mentions a removed update stamp in the note", () => {
    const result = resolvePublicationDate(evidence({ updateStamps: ["Dernière mise à jour à 13h34 le 13/09"] }));
    expect(result.dateNote).toContain("13/09");
  });
});
