import { describe, expect, it } from "vitest";
import { abbreviates, proposeCompanies } from "@/lib/importer/entities/company-cues";
import { withoutLegalForm } from "@/lib/importer/page/legal-form";
import { nameAlone } from "@/lib/importer/entities/company-names";

const names = (text: string) => proposeCompanies(text, () => false).map((p) => p.name);

describe("company cues for public-sector and many-word firms", () => {
  it("takes a name followed by its initials and a verb, and not the initials again", () => {
    expect(names("Électricité du Liban (EDL) ne fournit que quatre heures de courant.")).toEqual(["Électricité du Liban"]);
    expect(names("Levant Data Systems (LDS) a renoncé à son projet. LDS a expliqué que le coût était trop élevé.")).toEqual(["Levant Data Systems"]);
    expect(names("La Caisse de dépôt et placement du Québec (CDPQ) injectera 350 M$.")).toEqual(["Caisse de dépôt et placement du Québec"]);
  });

  it("does not take a product or a place whose initials do not fit or which is a park", () => {
    expect(names("Le site International Business Exchange (IBX) a ouvert.")).toEqual([]);
    expect(names("Sur les 900 hectares du Parc industriel de la Plaine de l'Ain (PIPA) a poussé un campus.")).toEqual([]);
  });

  it("reads a firm after « au français », « tandis que », an officer's title, a passive agent with its sector noun", () => {
    expect(names("Sa pose a été confiée au français Alcatel Submarine Networks (ASN).")).toEqual(["Alcatel Submarine Networks"]);
    expect(names("Les serveurs ont été fournis par Huawei, tandis que Sonelgaz a réalisé un poste électrique.")).toContain("Sonelgaz");
    expect(names("Jérôme Vasseur, président de Kalis Data, nous reçoit.")).toEqual(["Kalis Data"]);
    expect(names("La chaleur va au réseau de chauffage urbain géré par la Compagnie de chauffage, qui dessert Grenoble.")).toEqual(["Compagnie de chauffage"]);
    expect(names("La Natcom a signé jeudi avec Digicel un accord.")).toContain("Natcom");
  });

  it("takes no firm from an origin (« une banque du Golfe ») or a name after a possessive", () => {
    expect(names("Nous avons tenté un partenariat avec une banque du Golfe, en vain.")).toEqual([]);
    expect(names("L'hébergeur genevois agrandit son campus de la ZIPLO pour répondre à la demande.")).toEqual([]);
  });

  it("takes a state firm's full name with its short name, initials or syllables, wherever the text gives them", () => {
    const made = proposeCompanies("Le chantier, confié à la Compagnie des eaux du Sahel (Coesa), avance. Il est financé par la Banque ouest-africaine de commerce (BOAC) et doit finir en 2027.", () => false);
    expect(made.map((p) => [p.name, p.aliases])).toEqual([
      ["Banque ouest-africaine de commerce", ["BOAC"]],
      ["Compagnie des eaux du Sahel", ["Coesa"]],
    ]);
    expect(abbreviates("Sotel", "Société des télécommunications du Tchad")).toBe(true);
    expect(abbreviates("SOGEB", "Société de gestion et d'exploitation du backbone national")).toBe(true);
  });

  it("does not take a short name that is not the name's, nor a park or a region in brackets", () => {
    expect(names("Le chantier est confié à la Compagnie des eaux du Sahel (Niger), qui recrute.")).not.toContain("Compagnie des eaux du Sahel (Niger)");
    expect(abbreviates("Nord", "Société des télécommunications du Tchad")).toBe(false);
    expect(abbreviates("IBX", "International Business Exchange")).toBe(false);
  });

  it("reads a port or a bank as the agent or the partner of a deal, whole, never its first word alone", () => {
    expect(names("Le terrain a été cédé par le Port autonome de Dakar et sera viabilisé.")).toEqual(["Port autonome de Dakar"]);
    expect(names("Nous avons signé avec la Caisse des Territoires un accord de financement.")).toEqual(["Caisse des Territoires"]);
    expect(names("Nous avons signé avec la banque un accord de financement.")).toEqual([]);
  });
});

describe("a firm's legal form", () => {
  it("is not part of the proposed name but its registered alias, and the firm is proposed once", () => {
    const [firm, ...others] = proposeCompanies("Le groupe Vertiv a racheté la société Glacimo SA. Glacimo SA fabrique des groupes froids ; Glacimo exploite une usine.", () => false).filter((p) => p.name !== "Vertiv");
    expect(firm).toMatchObject({ name: "Glacimo", aliases: ["Glacimo SA"] });
    expect(others).toEqual([]);
    expect(["Brenta Dati S.p.A.", "Kelso Networks Limited", "Ardenne Hosting NV", "Nuvola GmbH", "Pelican Inc."].map(withoutLegalForm)).toEqual(["Brenta Dati", "Kelso Networks", "Ardenne Hosting", "Nuvola", "Pelican"]);
  });

  it("is only a closing word of its own: a name ending in the same letters, or a form alone, is kept whole", () => {
    expect(["Hosting Sarlat", "Nordisa", "Banque Agence", "SA"].map(withoutLegalForm)).toEqual(["Hosting Sarlat", "Nordisa", "Banque Agence", "SA"]);
    expect(proposeCompanies("La société Nordisa a ouvert un site.", () => false)).toEqual([expect.objectContaining({ name: "Nordisa" })]);
    expect(proposeCompanies("La société Nordisa a ouvert un site.", () => false)[0].aliases).toBeUndefined();
  });
});

describe("the other party to a deal, a listed firm, a state's board", () => {
  it("takes the party « signé avec X un accord » and a firm given with its stock ticker", () => {
    expect(names("La Sonatrel a signé mardi avec Kelso Mali un accord de partage de fibre.")).toContain("Kelso Mali");
    expect(names("L'entreprise a signé un accord avec Varda Power (NSE : VARDAPWR) pour son électricité.")).toContain("Varda Power");
  });

  it("takes no party without a deal noun, and no person after « accord avec »", () => {
    expect(names("Le maire a signé avec Kelso Mali présent dans la salle.")).toEqual([]);
    expect(names("Un accord avec Jean Dupont pour la suite a été trouvé.")).toEqual([]);
  });

  it("a development board or an agency named in English is a public body, not a firm; a firm's own initials still are", () => {
    expect(names("Le Kivu Development Board (KDB) a salué un projet structurant.")).toEqual([]);
    expect(names("Kivu Data Systems (KDS) a salué un projet structurant.")).toEqual(["Kivu Data Systems"]);
  });
});

describe("a firm named alone and then with its country (« Digicel » and « Digicel Haïti »)", () => {
  const countries = new Set(["haiti", "mali"]);

  it("is the firm named alone", () => {
    const text = "Digicel a mis en service un câble. « Nous sommes prêts », a expliqué la directrice générale de Digicel Haïti, Marie Joseph.";
    expect(nameAlone("Digicel Haïti", text, countries)).toBe("Digicel");
  });

  it("keeps a subsidiary's whole name when the group is never named alone (« Orange Mali »)", () => {
    expect(nameAlone("Orange Mali", "Orange Mali ouvre un centre de données à Kati. Orange Mali y investit.", countries)).toBe("Orange Mali");
  });
});

describe("words around a firm's name that are not part of it", () => {
  const names = (text: string) => proposeCompanies(text, () => false).map((f) => f.name);
  it("drops a resolution's opening « CONSIDÉRANT QUE » in capitals, keeping the firm", () => {
    expect(names("CONSIDÉRANT QUE Nordgrid a signé la convention de raccordement ;")).toEqual(["Nordgrid"]);
  });
  it("takes no adverb opening a sentence for a firm, but a firm of that shape elsewhere", () => {
    expect(names("Parallèlement, la filiale Onati a annoncé un second centre.")).toEqual(["Onati"]);
    expect(names("Le fonds Element, filiale de la banque, a signé.")).toContain("Element");
  });
});
