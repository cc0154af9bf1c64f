import { describe, expect, it } from "vitest";
import { joinBrokenLines } from "@/lib/importer/page/broken-lines";
import { proposeCompanies } from "@/lib/importer/entities/company-cues";
import { parseDateline } from "@/lib/importer/page/dateline";
import { isoOf } from "@/lib/importer/page/dates";
import { parseSignOff } from "@/lib/importer/page/sign-off";
import { importLines, registry } from "./import-lines";
import { readByline } from "@/lib/importer/page/byline";
import { matchRule } from "@/lib/importer/page/clutter";
import { roleFromContext } from "@/lib/importer/entities/roles";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { articleEntities } from "@/lib/importer/entities/article-entities";
import { findAreas } from "@/lib/importer/entities/areas";

/*
 * Page shapes of the fourth blind set's causes (issue #29, round 5), each with
 * the look-alike that must not change: dates a page states in more shapes, a
 * numbered list's items kept, headline labels, threads and author boxes, firms
 * named with their initials. Pages are a handful of made-up lines.
 */

const P1 = "La société Nordvolt a annoncé mardi la construction d'un centre de données de 12 mégawatts à Saint-Priest, pour 90 millions d'euros.";
const P2 = "Le bâtiment doit entrer en service en 2027 et accueillir une trentaine de salariés, selon la direction de l'entreprise.";
const P3 = "La chaleur fatale sera injectée dans le réseau urbain de la commune, qui chauffe déjà trois écoles et une piscine.";

const run = importLines;
/** The firms a text presents, by name. */
const names = (text: string) => proposeCompanies(text, () => false).map((p) => p.name);

describe("dates a page states", () => {
  it.each([
    ["Publiée le 13 juin 2025", "2025-06-13"],
    ["Affiché le 3 février 2025", "2025-02-03"],
    ["Épisode du 24 avril 2025 · 38 min", "2025-04-24"],
    ["28.05.2025, 10:14 Uhr", "2025-05-28"],
    ["La Lettre Éco n° 212 – 30 janvier 2025", "2025-01-30"],
    ["N° 1442 – Semaine du 11 septembre 2025", "2025-09-11"],
  ])("%s is a dateline for %s", (line, iso) => {
    expect(isoOf(parseDateline(line)!)?.value).toBe(iso);
  });

  it("a dated sign-off closes a text; a sentence opening on a date is no sign-off", () => {
    expect(isoOf(parseSignOff("Fait à Chalon-sur-Saône, le 20 juin 2025")!)?.value).toBe("2025-06-20");
    expect(isoOf(parseSignOff("Le 20 juin 2025, le service communication")!)?.value).toBe("2025-06-20");
    expect(parseSignOff("Le 20 juin 2025, la commission a voté le projet.")).toBeUndefined();
  });

  it("dates the article by its sign-off when nothing nearer does, never by a date of its sentences", () => {
    const page = run("Assemblée générale : les adhérents disent oui au centre de calcul", P1, P2, P3, "Le 20 juin 2025, le service communication");
    expect(page.frontMatter.date).toBe("2025-06-20");
    const body = run("Assemblée générale : les adhérents disent oui au centre de calcul", P1, P2, "Le 20 juin 2025, la commission a voté le projet de convention.");
    expect(body.frontMatter.date).toBeNull();
  });

  // Round 18 (ADR 002) made a signed article's update stamp its date when it states no other; round 21 reads it in figures too.
  it("an update stamp dates a signed article beside « Il y a 3 heures » or alone, an unsigned page's never alone", () => {
    const head = ["Nordvolt inaugure son centre de données de Saint-Priest", "Par Nathalie Payet"];
    expect(run(...head, "Il y a 3 heures", "Mis à jour le 09/04/2025 à 16h20", P1, P2).frontMatter.date).toBe("2025-04-09");
    expect(run(...head, "Mis à jour le 09/04/2025 à 16h20", P1, P2).frontMatter.date).toBe("2025-04-09");
    expect(run(head[0], "Mis à jour le 09/04/2025 à 16h20", P1, P2).frontMatter.date).toBeNull();
  });

  it("a print page's running header dates the article and names its paper", () => {
    const raw = [
      "L'ÉCHO DU RHÔNE JEUDI 6 MARS 2025 14",
      "Saint-Priest accueillera un centre de calcul géant",
      "",
      "La société Nordvolt, spécialiste du calcul intensif, a annoncé",
      "mardi la construction d'un centre de données de 24 mégawatts,",
      "pour un investissement de 180 millions d'euros.",
      "",
      "L'ÉCHO DU RHÔNE JEUDI 6 MARS 2025 15",
      "",
      "Le bâtiment accueillera des supercalculateurs loués à des",
      "laboratoires de la région. Schneider",
      "Electric fournira les équipements électriques.",
    ];
    const page = run(...raw);
    expect(page.frontMatter).toMatchObject({ date: "2025-03-06", source: { name: "L'Écho du Rhône" } });
    expect(page.text).toContain("laboratoires de la région. Schneider Electric fournira les équipements électriques.");
  });
});

describe("lines kept and lines joined", () => {
  it("a gallery's captions signed « © X » are never joined to the next line", () => {
    const raw = ["1/3 L'entrée du bâtiment, rue des Forges. © Anne Martin", "2/3 Les salles informatiques. © Anne Martin", P1];
    expect(joinBrokenLines(raw).lines).toEqual(raw);
  });

  it("a numbered list's items and their outcome are text; the page's own title stays the headline", () => {
    const title = "Compte rendu sommaire du conseil municipal du 27 janvier 2025";
    const items = ["Délibération n° 2025-001 : approbation du procès-verbal de la séance du 16 décembre 2024", "Adoptée à l'unanimité."];
    const page = run(title, "Affiché le 3 février 2025", "Présents : 21 – Représentés : 4", ...items, "Délibération n° 2025-004 : cession de terrains communaux", P1, "Adoptée par 22 voix pour, 3 contre.");
    expect(page.frontMatter).toMatchObject({ title, date: "2025-02-03" });
    for (const line of [...items, "Délibération n° 2025-004 : cession de terrains communaux", "Adoptée par 22 voix pour, 3 contre."]) expect(page.text).toContain(line);
    expect(page.text).not.toContain("Présents");
  });

  it("items numbered « 1. », « 2. » or « Section I : », « Section II : » are text, never the headline", () => {
    const title = "Revue de presse de la semaine du 10 novembre";
    const review = run(title, "1. OVHcloud ouvre un site au Canada", P1, "2. Un nouveau centre de données à Toronto", P2);
    expect(review.frontMatter).toMatchObject({ title });
    expect(review.text).toContain("1. OVHcloud ouvre un site au Canada");
    const notice = run(title, "Section I : Pouvoir adjudicateur", P1, "Section II : Objet", P2);
    expect(notice.text).toContain("Section I : Pouvoir adjudicateur");
    // A number alone, without its next one further down, is no list: the title-shaped line stays the headline.
    expect(run("1. OVHcloud ouvre un site au Canada", P1, P2).frontMatter).toMatchObject({ title: "1. OVHcloud ouvre un site au Canada" });
  });

  it("a thread's replies and a blog's author box end the article; the first post stays", () => {
    const forum = run("Nordvolt va construire un centre de données à Saint-Priest", "Kévin_68", "Posté le 27/02/2025 à 09:12", P1, P2, "Phil-Alsace", "Posté le 27/02/2025 à 09:40", "Reste à savoir d'où viendra l'électricité, franchement.");
    expect(forum.text).toContain(P2);
    expect(forum.text).not.toContain("Reste à savoir");
    const blog = run("Nordvolt à Saint-Priest : ce que change un nouveau site", "Thomas Verdier", P1, P2, "Cloud", "DevOps", "Écrit par Thomas Verdier", "Architecte logiciel à Lyon. J'écris sur le cloud européen.");
    expect(blog.text).not.toMatch(/DevOps|Architecte logiciel/);
    expect(blog.frontMatter.author).toBe("Thomas Verdier");
  });
});

describe("headlines and bylines", () => {
  it("a label before the headline (« [Actu] », « EN IMAGES. ») is dropped; a place before a colon stays", () => {
    expect(run("[Actu] Nordvolt va construire un centre de données à Saint-Priest", P1, P2).frontMatter.title).toBe("Nordvolt va construire un centre de données à Saint-Priest");
    expect(run("EN IMAGES. Saint-Priest : le centre de Nordvolt ouvre ses portes", P1, P2).frontMatter.title).toBe("Saint-Priest : le centre de Nordvolt ouvre ses portes");
  });

  it("a court decision's reference is no headline and no text", () => {
    const page = run("Saint-Priest : le permis du centre de données annulé", "TA Lyon, 3e ch., 14 mai 2025, n° 2301876, Association Riverains", P1, P2);
    expect(page.frontMatter.title).toBe("Saint-Priest : le permis du centre de données annulé");
    expect(page.text).not.toContain("TA Lyon");
  });

  it.each([
    ["Éric Wamytan | Publié le 23 juin 2025", "Éric Wamytan"],
    ["Fabienne Lautric • Publié le 16.05.2025 à 19:05", "Fabienne Lautric"],
    ["Présenté par Julie Marchand", "Julie Marchand"],
    ["Par / By Marie-Ève Gagnon", "Marie-Ève Gagnon"],
    ["Maître Julien Roussel, avocat au barreau de Versailles", "Julien Roussel"],
    ["14.03.2025 · Hugo Marchetti · 4 min de lecture", "Hugo Marchetti"],
  ])("%s is signed by %s", (line, author) => {
    expect(readByline(line)?.author).toBe(author);
  });

  it("a dated line of three parts is a byline only when the third is the reading time", () => {
    expect(readByline("14.03.2025 · Hugo Marchetti · 4 min de lecture")?.date?.year).toBe(2025);
    expect(readByline("14.03.2025 · Hugo Marchetti · Marseille Provence")).toBeUndefined();
  });

  it("a quoted lawyer is no byline", () => {
    expect(readByline("Maître Julien Roussel, avocat de la société, a fait appel.")).toBeUndefined();
  });
});

describe("furniture", () => {
  it.each([
    "Actualités[modifier | modifier le code]",
    "↑ « Nordvolt s'installe en Pologne », Le Quotidien, 20 mars 2024.",
    "Citation : Kévin_68",
    "Participaient à la séance : Claire Dumontel, présidente, et les membres du collège.",
    "Coopérative Val de Saône – 2, quai de la Saône – 71100 Chalon-sur-Saône – 03 85 00 00 00",
    "Cette semaine, l'Ouest s'invite dans la course aux mégawatts. Bonne lecture !",
    "Transcription générée automatiquement puis relue.",
  ])("%s is page furniture", (line) => {
    expect(matchRule(line)).toBeDefined();
  });

  it.each(["Le site du 2, quai de la Saône, à Chalon-sur-Saône, ouvrira en 2026.", "Citation : « Nous irons vite », a dit le ministre."])("%s stays text", (line) => {
    expect(matchRule(line)).toBeUndefined();
  });
});

describe("firms", () => {
  it("a firm named with its initials: as subject, after « avec », before « , qui »; the name on the line above is not its", () => {
    expect(names("… © Anne Martin\nAntilles Data Hub (ADH) a inauguré jeudi son centre.")).toEqual(["Antilles Data Hub"]);
    expect(names("Safe Host a signé avec les Services industriels de Genève (SIG) une convention.")).toContain("Services industriels de Genève");
    expect(names("La Société de patrimoine des infrastructures numériques (SPIN), qui gère les câbles, investira.")).toEqual(["Société de patrimoine des infrastructures numériques"]);
    expect(names("Le projet est suivi par l'Agence Régionale Nord (ARE) depuis mars.")).toEqual([]);
  });

  it("a body that runs a facility is a firm; a town after « de » a trade is no firm", () => {
    expect(names("Selon les Services industriels de Genève, qui exploitent le réseau, la chaleur suffira.")).toEqual(["Services industriels de Genève"]);
    expect(names("L'opérateur de centres de données de Lupfig prend pied en Suisse romande.")).toEqual([]);
  });
});

describe("places and roles", () => {
  const gazetteer = loadGazetteer();
  const places = (text: string) => articleEntities(text, registry, { gazetteer, publishers: [], people: [] }).places.map((p) => p.slug);

  it("towns under an elided article, after « des » or « entre », Italian particles, a German town's short name", () => {
    expect(places("Le groupe a annoncé un centre de données à L'Isle-d'Abeau, pour 180 millions d'euros.")).toContain("l-isle-d-abeau");
    expect(places("Le tribunal a annulé le permis délivré par le maire des Ulis (Essonne).")).toContain("les-ulis");
    expect(places("Les industriels installés entre Mérignac et Saint-Médard-en-Jalles attendent le site.")).toContain("merignac");
    expect(places("Le câble reliera Bizerte à Mazara del Vallo, en Sicile, en Italie.")).toContain("mazara-del-vallo");
    expect(places("Data4 annonce un campus de 180 MW à Hanau, en Allemagne.")).toContain("hanau-am-main");
  });

  it("a site's sentence in the simple future makes its place planned; a future without a site does not", () => {
    expect(roleFromContext("La société a annoncé un centre de données qui accueillera des supercalculateurs à ", "")).toBe("planned");
    expect(roleFromContext("La société a inauguré mardi son centre de données à ", "")).toBe("site");
    expect(roleFromContext("Reste à voir s'il changera les habitudes en ", "")).toBe("market");
  });
});

/*
 * Round 6 (the fifth blind set's causes): a press kit's headings named by its
 * table of contents, one sentence broken before the name that ends it.
 */
describe("headings and broken sentences", () => {
  it("a heading that the table of contents names is text; a label under the contents is not", () => {
    const kit = (label: string) =>
      run("Chaleur fatale : Nordvolt ouvre un centre de données à Saint-Priest", "Sommaire", "Le mot de la directrice 2", "Le projet en bref 3", "Dossier de presse – Nordvolt 1", label, "« Nous voulons chauffer la ville avec nos serveurs, et nous le ferons dès l'an prochain. »", P1, P2, "Dossier de presse – Nordvolt 2");
    expect(kit("Le mot de la directrice").text).toContain("Le mot de la directrice");
    expect(kit("Édition spéciale").text).not.toContain("Édition spéciale");
  });

  it("a long open line whose sentence ends on the next line's name is joined; a short heading over such a line is not", () => {
    const cut = "La filiale du groupe a présenté le projet mercredi aux élus réunis en conseil de la communauté urbaine";
    const rest = "Grand Lyon Métropole. Le bâtiment sera implanté sur un terrain de six hectares.";
    expect(joinBrokenLines([P1, cut, rest, P3]).lines).toEqual([P1, `${cut} ${rest}`, P3]);
    const heading = "Un projet suivi par la communauté urbaine";
    expect(joinBrokenLines([P1, heading, rest, P3]).lines).toEqual([P1, heading, rest, P3]);
  });
});

describe("firms the text presents (round 6)", () => {
  it("initials alone with their article, subject of a plan, are a body; an officer's initials are not", () => {
    expect(names("Le chantier avance. L'ANTIN prévoit en outre de relier le site à la capitale.")).toContain("ANTIN");
    expect(names("Le chantier avance. Le PDG prévoit de doubler la capacité du site.")).toEqual([]);
  });

  it("a trade in apposition between commas names the firm; an officer's title does not", () => {
    expect(names("Le gestionnaire du réseau de gaz, Terragaz, construira une conduite de deux kilomètres.")).toContain("Terragaz");
    expect(names("Le directeur du site, Paul Henry, construira une extension.")).toEqual([]);
  });

  it("a co-investor « aux côtés de », the agent of « raccordé par » are firms; people « aux côtés des élus » are not", () => {
    expect(names("Le fonds mène la série A, aux côtés de Finoria et de business angels.")).toContain("Finoria");
    expect(names("Le site sera raccordé par Gridelec au poste source.")).toContain("Gridelec");
    expect(names("Le ministre a posé la première pierre aux côtés des élus de la région.")).toEqual([]);
  });

  it("a subsidiary and its parent are two firms; a name and its legal form are one", () => {
    expect(names("Kerys Cloud, filiale du groupe industriel Kerys, a ouvert un site à Lyon.")).toEqual(expect.arrayContaining(["Kerys Cloud", "Kerys"]));
    expect(names("Datalantic SAS a ouvert un site. Datalantic exploite aussi un centre à Brest.")).toEqual(["Datalantic"]);
  });

  it("a firm's initials in parentheses are its other name, not a second firm", () => {
    const [port] = proposeCompanies("Le Port autonome de Kerbrat (PAK) a lancé un appel à projets.", () => false);
    expect(port).toMatchObject({ name: "Port autonome de Kerbrat", aliases: ["PAK"] });
  });

  it("a maker named after its trade and its products is a firm, not a product", () => {
    const page = run("Frigalys ouvre une usine à Saint-Priest", P1.replace("La société Nordvolt", "Le fabricant lyonnais de systèmes de refroidissement Frigalys"), P2, P3);
    expect(page.proposals.companies.map((c) => c.name)).toContain("Frigalys");
  });
});

describe("dates a page states (round 6)", () => {
  it.each([
    ["Alerte publiée le 8 juillet 2025", "2025-07-08"],
    ["Édition du jeudi 6 novembre 2025", "2025-11-06"],
  ])("%s is a dateline for %s", (line, iso) => {
    expect(isoOf(parseDateline(line)!)?.value).toBe(iso);
  });

  it("a sentence that says someone published something on a day is no dateline", () => {
    expect(parseDateline("Le collectif a publié le 8 juillet 2025 une étude sur l'eau du port.")).toBeUndefined();
  });

  it("a release's dateline with two places and no « le », under a deck printed as text, dates the page; the same place and date in a sentence do not", () => {
    const deck = "Le nouveau bâtiment de 20 MW portera la puissance du campus à 75 MW d'ici à fin 2027.";
    const page = run("Nordvolt construit un cinquième centre de données à Saint-Priest", deck, `Lupfig/Zurich, 27 mai 2025 – ${P1}`, P2, P3);
    expect(page.frontMatter.date).toBe("2025-05-27");
    const sentence = run("Nordvolt construit un cinquième centre de données à Saint-Priest", deck, `À Lupfig, le 27 mai 2025, ${P1.charAt(0).toLowerCase()}${P1.slice(1)}`, P2, P3);
    expect(sentence.frontMatter.date).toBeNull();
  });
});

describe("authors and publishers (round 6)", () => {
  it("a state's motto on the last line signs nothing; a name there does", () => {
    expect(run("Nordvolt ouvre un centre de données à Saint-Priest", P1, P2, P3, "Liberté Égalité Fraternité").frontMatter.author).toBeUndefined();
    expect(run("Nordvolt ouvre un centre de données à Saint-Priest", P1, P2, P3, "Hélène Marchetti").frontMatter.author).toBe("Hélène Marchetti");
  });

  it("« Reportage : X » names the author; « Images : X » does not", () => {
    expect(readByline("Reportage : Maëlle Guérin")?.author).toBe("Maëlle Guérin");
    expect(readByline("Images : Thomas Caillaud")).toBeUndefined();
  });

  it("a name and a title right under the headline sign the post; the same line under a quotation does not", () => {
    const signed = run("Pourquoi nous investissons dans Nordvolt", "Claire Dumoulin, Partner", P1, P2, P3);
    expect(signed.frontMatter.author).toBe("Claire Dumoulin");
    const quoted = run("Pourquoi nous investissons dans Nordvolt", P1, "« Nous irons vite et nous chaufferons la ville. »", "Claire Dumoulin, Partner", P2, P3);
    expect(quoted.frontMatter.author).toBeUndefined();
  });

  it("a paper's name with « Matin » is no person; a skip link is no publisher", () => {
    expect(run("‹ Retour", "Bénin Matin", "ÉCONOMIE · il y a 2 h", P1, P2, P3).frontMatter.author).toBeUndefined();
    expect(matchRule("Aller à la navigation")?.kind).toBe("widget");
  });
});

describe("captions and calls (round 6)", () => {
  it("a caption without its period, the credit in brackets, goes to the captions; a sentence ending in brackets stays", () => {
    const page = run("Nordvolt ouvre un centre de données à Saint-Priest", P1, "Le maire et les responsables de Nordvolt lors de la pose de la première pierre (Photo : Le Journal du Rhône)", P2, P3);
    expect(page.frontMatter.captions.join("\n")).toContain("Le maire et les responsables de Nordvolt lors de la pose de la première pierre");
    expect(page.body).not.toContain("Photo : Le Journal");
    const kept = run("Nordvolt ouvre un centre de données à Saint-Priest", P1, "Le maire a posé la première pierre du bâtiment (le troisième du groupe dans la région).", P2, P3);
    expect(kept.body).toContain("(le troisième du groupe dans la région).");
  });

  it("a caption printed again without its credit is one caption", () => {
    const caption = "Le terrain de neuf hectares se trouve en bordure de l'autoroute.";
    const page = run("Nordvolt ouvre un centre de données à Saint-Priest", `${caption} © Radio Nord - Lucie Marchand`, caption, P1, P2, P3);
    expect(page.text).not.toContain(caption);
    expect(page.frontMatter.captions.join("\n")).toContain(caption);
  });

  it("a question to the reader then « Écrivez-nous. » is a call; a quotation with « écrivez-nous » is text", () => {
    expect(matchRule("Vous construisez une infrastructure numérique ? Écrivez-nous.")?.kind).toBe("call-to-action");
    expect(matchRule("« Vous avez un terrain ? Écrivez-nous », lance le maire aux industriels.")).toBeUndefined();
  });
});

describe("firms in small letters, places that are no firms (round 6)", () => {
  it("a name in small letters after a trade and a people's adjective is a firm; an adjective there is not", () => {
    expect(names("Le groupe a signé une coentreprise avec l'opérateur saoudien stc, qui détiendra 51 % de la société.")).toContain("stc");
    expect(names("Le groupe a signé avec l'opérateur historique national, qui détiendra 51 % de la société.")).toEqual([]);
  });

  it("a name after « de la » is where the firm is from", () => {
    expect(names("L'opérateur de la Principauté ne communique pas la puissance du site.")).toEqual([]);
    expect(names("L'opérateur de centres de données Nordvolt ne communique pas la puissance du site.")).toContain("Nordvolt");
  });
});

describe("a tract's headline (round 6)", () => {
  it("a short line in capitals ending on « ! » over the text is the headline; an exclamation in small letters is text", () => {
    const tract = run("Syndicat CGT Nordvolt – Section de Lyon", "NON À LA FERMETURE DU SITE DE SAINT-PRIEST !", P1, P2, P3);
    expect(tract.frontMatter.title).toBe("NON À LA FERMETURE DU SITE DE SAINT-PRIEST !");
    expect(tract.frontMatter.source?.name).toContain("Nordvolt");
    const post = run("Nordvolt ouvre un centre de données à Saint-Priest", "Quelle belle étape pour toute notre équipe à Lyon !", P1, P2, P3);
    expect(post.frontMatter.title).toBe("Nordvolt ouvre un centre de données à Saint-Priest");
    expect(post.text).toContain("Quelle belle étape pour toute notre équipe à Lyon !");
  });
});

describe("areas (round 6)", () => {
  it("an area may carry its scope before its town; its name never runs onto the next line", () => {
    expect(findAreas("dans la zone franche internationale de Djibouti, près du port.").areas.map((a) => a.name)).toEqual(["zone franche internationale de Djibouti"]);
    expect(findAreas("Le Havre : Nordvolt va construire sur le port\nNordvolt va construire un centre.").areas).toEqual([]);
    expect(findAreas("Nordvolt va construire sur le port de Rouen un centre.").areas.map((a) => a.name)).toEqual(["port de Rouen"]);
  });
});

describe("an event's organiser (round 6)", () => {
  it("« Organisé par X » alone in the footer names the publisher; a sentence opening on « Organisé par la » does not", () => {
    const page = run("Nordvolt ouvre un centre de données à Saint-Priest", P1, P2, P3, "Organisé par Salons Tech Événements", "Mentions légales – Cookies");
    expect(page.frontMatter.source?.name).toBe("Salons Tech Événements");
    const sentence = run("Nordvolt ouvre un centre de données à Saint-Priest", P1, P2, "Organisé par la Région, le salon a réuni 300 exposants.", P3);
    expect(sentence.frontMatter.source).toBeUndefined();
  });
});

describe("a firm's or an elected official's letter (round 8)", () => {
  it("a greeting left open on a comma opens the text under the headline; a label between headline and text stays furniture", () => {
    const letter = run("Nordvolt à Saint-Priest : ce que j'ai obtenu", "Chères Lyonnaises, chers Lyonnais,", P1, P2, P3);
    expect(letter.text).toContain("Chères Lyonnaises, chers Lyonnais,");
    const labelled = run("Nordvolt à Saint-Priest : ce que j'ai obtenu", "Économie locale", P1, P2, P3);
    expect(labelled.text).not.toContain("Économie locale");
  });

  it("a newsletter's legal line makes its publisher one of the article's firms; a paper's masthead stays out", () => {
    const own = run("Vol Réseaux", "Un centre de données de proximité pour nos clients", "Vol Réseaux ouvrira en septembre un centre de données de 400 kW à Saint-Priest pour ses clients entreprises.", P2, P3, "Vol Réseaux – SAS au capital de 2 000 000 € – 69800 Saint-Priest");
    expect(own.text).not.toContain("au capital");
    expect(own.proposals.companies.map((c) => c.name)).toContain("Vol Réseaux");
    const paper = run("Vol Matin", "Un centre de données de proximité à Saint-Priest", "Vol Matin ouvrira en septembre une rubrique consacrée aux centres de données de la région lyonnaise.", P2, P3, "© Vol Matin 2025");
    expect(paper.proposals.companies.map((c) => c.name)).not.toContain("Vol Matin");
  });
});

describe("a lab blog's byline (round 8)", () => {
  it("« Posté par X le date » signs the post; « Posté par erreur » signs nothing", () => {
    expect(readByline("Posté par Camille Roux le 05/03/2025")).toMatchObject({ author: "Camille Roux", date: { year: 2025 } });
    expect(readByline("Posté par erreur le 05/03/2025")).toBeUndefined();
  });
});

describe("a lab's site (round 8)", () => {
  it("a lab named under its university's banner publishes; the university alone publishes its own news", () => {
    const lab = run("Université de Nantes", "Laboratoire des sciences du numérique", "Équipes", "Blog", "Notre calculateur s'installe à Saint-Priest", P1, P2, P3);
    expect(lab.frontMatter.source?.name).toBe("Laboratoire des sciences du numérique");
    const university = run("Université de Nantes", "Actualités", "Notre calculateur s'installe à Saint-Priest", P1, P2, P3);
    expect(university.frontMatter.source?.name).toBe("Université de Nantes");
  });
});

describe("an elected official's letter (round 8)", () => {
  const head = ["Anne Vidal", "Députée du Rhône", "Lettre n° 12 – 3 mars 2025"];
  it("the name the head prints signs the letter, its office joins it as publisher, and the sections after the signature are the letter's furniture", () => {
    const letter = run(...head, "Centre de données de Saint-Priest : ce que j'ai obtenu", P1, P2, P3, "Anne Vidal", "Mes questions au gouvernement", "Question écrite n° 512 sur la fibre – réponse publiée au JO du 3 mars 2025.");
    expect(letter.frontMatter.author).toBe("Anne Vidal");
    expect(letter.frontMatter.source?.name).toBe("Anne Vidal, députée du Rhône");
    expect(letter.text).not.toContain("Question écrite");
  });

  it("a name after the text that the head does not print is no such signature: the sentences after it stay", () => {
    const story = run("Le Journal du Rhône", "Centre de données de Saint-Priest : le chantier commence", P1, P2, "Anne Vidal", P3);
    expect(story.text).toContain(P3);
  });
});

describe("a correction notice (round 8)", () => {
  const notice = "Rectificatif : une première version de cet article indiquait 12 mégawatts. Le chiffre exact est de 21 mégawatts.";
  it("over the first paragraph it speaks of the article and leaves the body; closing the article it stays its last paragraph", () => {
    const head = run("Nordvolt ouvre un centre de données à Saint-Priest", notice, P1, P2, P3);
    expect(head.text).not.toContain("Rectificatif");
    expect(head.text).toContain(P1);
    const tail = run("Nordvolt ouvre un centre de données à Saint-Priest", P1, P2, P3, notice);
    expect(tail.text).toContain("Rectificatif");
  });
});
