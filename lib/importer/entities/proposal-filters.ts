import { foldText, escapeRegExp } from "../../text/text";
import { sentenceAround } from "./roles";

/*
 * What keeps a proposed name out of the article's firms, or lets the page's own
 * publisher in: a product of a registry company, a publisher seen only as a
 * subject, the page's own university running its data center.
 */

/** A company of the article as recognise.ts returns it. */
type Company = { slug?: string; name: string; sentence?: string; why?: string; aliases?: string[] };

const fold = (s: string) => foldText(s).replace(/[^a-z0-9+]+/g, " ").trim();

/**
 * A publisher subject of building or opening a facility (« Hebergix construira son centre de données » on its
 * own blog) is a firm of its article; « Le Quotidien a appris », « Vol Matin ouvrira une rubrique » are not.
 */
export const builds = (p: { name: string; sentence: string; why: string }) =>
  p.why === "sujet d'une annonce" &&
  new RegExp(String.raw`${escapeRegExp(p.name)}\s+(?:va\s+)?(?:constru|ouvr|inaugur|investi|exploit|install|implant)\p{Ll}*\s+(?:(?:en|d['’]ici|dès|à)\s+\p{Ll}+\s+|\p{Ll}+ment\s+)?(?:son|sa|ses|un|une|des|le|la|les|l['’]|leur|leurs)\s*(?:\p{Ll}+\s+){0,2}?(?:centres? de données|datacenters?|data centers?|campus|usine|bâtiment|salle)`, "u").test(p.sentence);

/** « L'université a mis en service ce centre de données »: the institution named by its common noun runs a facility. */
const RUNS = /(?:^|[.!?]\s+)L['’](université|école)\s+(?:a\s+(?:mis en service|inauguré|ouvert|construit|mis en route)|exploite|inaugure|ouvre|construit|construira|ouvrira|exploitera)(?![\p{L}])/u;

/**
 * The page's own university (its banner « Université Paris-Saclay »), when the
 * text names it by its common noun as the one that runs a facility: the
 * operator of its own data center, a firm of the article though it heads the page.
 */
export function ownOperator(text: string, banner: readonly string[]): Company[] {
  const m = text.match(RUNS);
  if (!m) return [];
  const names = [...new Set(banner.filter((b) => foldText(b).startsWith(`${foldText(m[1])} `)))];
  if (names.length !== 1) return [];
  const at = m.index! + m[0].indexOf("L");
  return [{ name: names[0], sentence: sentenceAround(text, at, at + m[0].length).sentence, why: "exploitant désigné par son nom commun" }];
}

/**
 * Cues by which the text itself presents a name as a firm (its trade, its
 * parent, its legal form): the publisher so presented (a firm's own release, an
 * exhibitor's page) is one of the article's firms. A publisher only seen as a
 * subject (« Le Quotidien a appris ») is not.
 */
export const PRESENTED_AS_FIRM = new Set(["après un nom de métier", "devant une forme juridique", "« filiale de »", "suivi de son métier", "après un titre de dirigeant"]);

/** A maker's trade before the product noun (« le fabricant de systèmes de refroidissement Calorion », « la société de services cloud X »): the name is the maker's. */
const MAKER = /(?<![\p{L}])(?:fabricant|fournisseur|éditeur|spécialiste|constructeur|intégrateur|distributeur|concepteur|société|entreprise|PME|prestataire)s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:de|d['’]|des)\s*(?:[\p{Ll}'’-]+\s+){0,4}$/iu;

/** Words that name what a firm sells: the name after them is a product ("le service Kapsule", "les puces H100"); not « service avec X », a party. */
const PRODUCT_NOUN = /(?<![\p{L}])(?:services?|offres?|plateformes?|puces?|processeurs?|applications?|logiciels?|solutions?|gammes?|mod[èe]les?|outils?|produits?|syst[èe]mes?|assistants?|serveurs?|cartes?)\s+(?:(?!(?:avec|pour|par|chez|auprès|entre|contre|et|ou)\s)[\p{Ll}-]+\s+){0,2}$/iu;

/** « le futur câble sous-marin Medloop », « le câble Natitua »: a cable's name, which its consortium may share; no firm. */
const CABLE = /(?<![\p{L}])câbles?(?:\s+(?:sous-marins?|optiques?|transatlantiques?|intercontinentaux|intercontinental|de fibre optique))?\s+$/u;

/**
 * A product of a registry company, not a company: a name after a product noun,
 * or followed by « de » and a registry company ("Kapsule de Scaleway", "Kapsule,
 * le service de Scaleway").
 */
export function isProduct(text: string, name: string, registryNames: readonly string[]): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (CABLE.test(text.slice(Math.max(0, at - 40), at))) return true;
    if (PRODUCT_NOUN.test(text.slice(Math.max(0, at - 40), at)) && !MAKER.test(text.slice(Math.max(0, at - 100), at))) return true;
    // fold() turns ", le service de" into " le service de": the apposition of a product reads the same.
    const after = fold(text.slice(at + name.length, at + name.length + 80)).match(
      /^(?:(?:le|la|l|son|sa|les|ses) (?:service|offre|plateforme|puce|processeur|application|logiciel|solution|gamme|modele|outil|produit|systeme|assistant|serveur|carte)s?(?: [a-z]+){0,2} )?(?:de|d|du groupe) (.*)$/,
    );
    if (after && registryNames.some((n) => after[1] === n || after[1].startsWith(`${n} `))) return true;
  }
  return false;
}

/**
 * « Saisi par l'association Charente Nature », then « président de Charente Nature »: a name the text once presents as an
 * association, a collective or an NGO is none of the firms the article names, whatever cue reads it elsewhere.
 */
export const presentedAsAssociation = (text: string, name: string) =>
  new RegExp(String.raw`(?<![\p{L}])(?:association|collectif|ONG|amicale)(?:\s+(?:de\s+riverains|environnementale|écologiste|locale))?\s+${escapeRegExp(name)}(?![\p{L}])`, "u").test(text);
