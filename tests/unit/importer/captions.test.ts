import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { captionInformation, hasAgencyCredit, looksForeign, markedCaption, splitAgencyCredit } from "@/lib/importer/captions";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

describe("markedCaption", () => {
  it("takes a line ending with a bar, without the bar", () => {
    expect(markedCaption("Un technicien dans le centre de données de Francfort, le 6 avril 2022. |")).toBe(
      "Un technicien dans le centre de données de Francfort, le 6 avril 2022.",
    );
  });

  it("keeps « En photo : » captions as written", () => {
    expect(markedCaption("En photo : Marie Dupont, directrice")).toBe("En photo : Marie Dupont, directrice");
  });

  it("ignores prose", () => {
    expect(markedCaption("Le groupe a ouvert un centre de données.")).toBeUndefined();
  });
});

describe("agency captions", () => {
  it("spots and strips an agency credit", () => {
    expect(hasAgencyCredit("Een datacenter van het bedrijf. – ANP")).toBe(true);
    expect(splitAgencyCredit("Een datacenter van het bedrijf. – ANP")).toEqual({ caption: "Een datacenter van het bedrijf.", credit: "ANP" });
    expect(hasAgencyCredit("Le groupe investit dans le cloud public en Europe.")).toBe(false);
  });

  it("tells a foreign caption from a French one", () => {
    expect(looksForeign("Alibaba is een van de grootste Chinese bedrijven.")).toBe(true);
    expect(looksForeign("Die Rechenzentren stehen in einem Industriegebiet am Stadtrand.")).toBe(true);
    expect(looksForeign("Un ingénieur examine des équipements dans le centre de données.")).toBe(false);
  });
});

describe("captionInformation", () => {
  it("keeps what names a date, a country or a person", () => {
    expect(captionInformation("Un ingénieur dans le centre du Hebei, le 11 septembre 2016.", registry)).toEqual(["une date"]);
    expect(captionInformation("Le centre de données de Johannesburg, en Afrique du Sud.", registry)).toEqual(["un lieu"]);
    expect(captionInformation("En photo : Ferri Abolhassan, directeur de la division IT", registry)).toEqual(["une personne"]);
  });

  it("finds nothing in a generic caption, even with a company or an adjective", () => {
    expect(captionInformation("Alibaba est l'un des plus grands groupes chinois.", registry)).toEqual([]);
  });
});
