import type { CountryRole } from "../../model/schema/article";
import { backgroundOnly, OF, WITH_ARTICLE } from "./role-background";

/*
 * A country's or place's part in an article, read from the sentence that names
 * it. The cues are checked in this order; "mentioned" when none is there.
 * Only the words before the name and a few after count, so "ouvre à Lille"
 * makes Lille a site but "à Lille, le maire…" does not.
 */
const CUES: [Exclude<CountryRole, "mentioned">, RegExp][] = [
  // The company's home: "basé à", "le groupe de Rueil-Malmaison", "installées à" (teams, head office).
  ["headquarters", /(?<![\p{L}])(?:bas[ée]e?s?|si[èe]ge|install[ée]e?s)\s+(?:social\s+)?(?:(?:est|se trouve)\s+)?(?:(?:situ[ée]|install[ée]|bas[ée])\s+)?(?:à|a|au|aux|en|dans)(?![\p{L}])|(?<![\p{L}])(?:le|du) groupe (?:de|d['’])\s*$|(?<![\p{L}])fond[ée]e? à(?![\p{L}])/iu],
  // What is announced but not there yet (« a annoncé mardi la construction d'un centre »: an announced building is to come).
  ["planned", /(?<![\p{L}])(?:annonc\p{Ll}*(?:\s+[\p{L}'’]+){0,3}?\s+(?:la construction|la pose|l['’]ouverture|l['’]implantation|la création)|(?:seront|sera|vont [êe]tre|va [êe]tre)\s+(?:inaugur|construit|ouvert|livr|mis en service|raccord)|pr[ée]voi[ts]?|pr[ée]vue?s?|envisag|projet|pourrai(?:en)?t|doi(?:t|vent) (?:ouvrir|construire|accueillir|doubler|relier|entrer en service)|va (?:ouvrir|construire|lancer|relier|accueillir|héberger|raccorder)|vont|construira|ouvrira|à l['’]étude|prochaine étape|permis de construire|(?:cèd|céd|vend|achet|acqui|réserv)\p{Ll}*\s+(?:[\p{L}'’]+\s+){0,6}?(?:un|le|les|des|ses)\s+terrains?|veu(?:t|lent) construire|seraient|nouvelles? régions?|nouveaux sites|futur|second site|(?:reli|accueill|héberg|install|implant|exploit|aliment|raccord|abrit|desserv|atterr)[ei]?r(?:a|ont)(?![\p{L}]))/iu],
  // Where something is built, opened, hosted or run.
  ["site", /(?<![\p{L}])(?:ouvr|ouvert|inaugur|constru|héberg|install|exploit|implant|centres? de données|datacenters?|campus|usine|site|région cloud|salle|raccord|mis en service|chantier|travaux|stockées|pilote|relie|accoste|récupère)/iu],
  // Where its customers are.
  ["market", /(?<![\p{L}])(?:clients?|march[ée]|ventes?|vendre|commercialis|s['’]adresse|attirer|PME|habitudes)(?![\p{L}])/iu],
];

/**
 * Neighbours the service is for (« héberger les données de l'administration, mais aussi celles des pays voisins, comme le
 * Togo, le Niger et le Burkina Faso »): where its customers are. « les pays voisins, comme le Togo, ont déjà… » is no market.
 */
const SERVED_NEIGHBOURS = new RegExp(String.raw`(?<![\p{L}])(?:celles|ceux|clients?|données|besoins|desservir|servir)\s+(?:[\p{L}'’-]+\s+){0,2}?pays\s+voisins,?\s+(?:comme|tels?\s+que|notamment)\s+(?:${WITH_ARTICLE}\s*(?:,|et|ou)\s+)*(?:la|le|les|l['’])?\s*$`, "iu");

/**
 * Firms of a country who come to buy (« les opérateurs de Madagascar, de Maurice ou des Comores viennent chercher des
 * capacités chez nous »): the country is a market. The verb must follow: « les opérateurs de Madagascar investissent » is not.
 */
const BUYERS_OF = new RegExp(String.raw`(?<![\p{L}])(?:opérateurs|entreprises|banques|acteurs|sociétés|administrations)\s+(?:${OF}\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|et|ou)\s+)*(?:${OF}\s*)?$`, "u");
const COME_TO_BUY = /^[^.;:!?]{0,60}?(?<![\p{L}])(?:viennent|vient|venaient|viendront)\s+(?:chercher|acheter|louer|prendre)(?![\p{L}])/iu;

/** A verb in the simple future: « accueillera », « construiront », « rejoindra ». */
const FUTURE = /(?<![\p{L}])\p{Ll}{3,}(?:er|ir|dr)(?:a|ont)(?![\p{L}])/u;

/** Works under way (« pose de la première pierre », « la construction a démarré »): the place is a site, though the building is « futur ». */
const UNDER_WAY = /(?<![\p{L}])(?:premi[èe]re pierre|construction (?:a|ont) (?:démarré|débuté|commencé)|lancen?t? (?:la construction|les travaux|le chantier)|travaux (?:a|ont) (?:démarré|débuté|commencé))(?![\p{L}])/iu;

/**
 * Customers « de » the name, or of a list of names ending with it (« destinée aux clients du Grand Est, de Suisse
 * et du Bade-Wurtemberg »): the name is where the customers are, whatever the sentence says before.
 */
const CUSTOMERS_OF = /(?<![\p{L}])(?:clients?|client[eè]le|march[ée]s?)\s+(?:(?:de la|de l['’]|du|des|de|d['’]|en|au|aux)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|et)\s+)*(?:de la|de l['’]|du|des|de|d['’]|en|au|aux)\s*$/u;

/**
 * A country set beside the story as a comparison (« L'Espagne voisine attire elle aussi les investissements », « une
 * technique déjà utilisée en Finlande », « au moment où les Pays-Bas freinent les implantations », « face à
 * l'Irlande »): the site words of its clause belong to the other place, so it is only mentioned.
 */
const COMPARED_BEFORE = /(?<![\p{L}])(?:au moment où|face à|à l['’]instar d[eu']|contrairement à|déjà (?:utilisée?s?|employée?s?|pratiquée?s?|répandue?s?)(?:\s+[\p{L}'’]+){0,5}?\s+(?:en|au|aux|dans))(?![\p{L}])(?:(?!\s(?:mais|tandis|alors)\s)[^,;:])*$/iu;
const COMPARED_AFTER = /^[^,;:.]{0,30}?(?<![\p{L}])(?:elle|lui|eux|elles) aussi(?![\p{L}])/iu;

/** An agreement's territory (« l'accord couvre la France, la Belgique et la Suisse »): where its customers are. */
const COVERED = /(?<![\p{L}])(?:accord|contrat|partenariat|licence|distribution)s?(?:\s+[\p{L}'’-]+){0,3}\s+couvr(?:e|ent|ira|ant)(?![\p{L}])/iu;

/**
 * Where something was until now (« leurs serveurs, jusque-là installés à X », « auparavant hébergées en X »): a former
 * place the story leaves, only mentioned. A comma after the adverb closes it (« Jusqu'ici, le groupe exploitait un site
 * en X » says where the firm still is).
 */
const FORMER = /(?<![\p{L}])(?:jusque-là|jusqu['’]ici|jusqu['’]alors|auparavant|autrefois|naguère)(?![\p{L}])[^,;:.]*$/iu;

/**
 * Where something stands instead of the story's place (« des serveurs installés ailleurs, en Irlande ou aux Pays-Bas »):
 * the alternative is only mentioned. « D'ailleurs » and « par ailleurs » (« besides ») are no place word.
 */
const ELSEWHERE = /(?<![\p{L}'’]|par\s)ailleurs(?![\p{L}])[^;:.!?]{0,40}$/iu;

/**
 * Markets a firm aims at (« ses promoteurs visent aussi les pays de l'hinterland, le Burkina Faso et le Bénin », « visent
 * les marchés voisins, le Mali en tête », « vise les opérateurs et les entreprises du Tchad et du Gabon »): where its customers are to be. « Le projet vise à relier le Bénin » names no market.
 */
const TARGETED = /(?<![\p{L}])(?:vise|visent|cible|ciblent)\s+(?:aussi\s+|également\s+|d['’]abord\s+|surtout\s+)?(?:les|des)\s+(?:pays|marchés|clients|opérateurs|entreprises|banques)(?![\p{L}])[^.;:!?]{0,100}$/iu;

/**
 * Places set beside the story's (« le projet confirme la place du Togo comme hub, aux côtés de Lagos, au Nigeria, et
 * d'Accra, au Ghana »), or against it (« la concurrence d'Accra, au Ghana, où des campus sont en construction »): a list
 * of names only, so only mentioned. « aux côtés de Bpifrance, le fonds investit au Bénin »
 * leaves the list for a clause of its own.
 */
const ALONGSIDE = /(?<![\p{L}])(?:aux\s+côtés|(?:la\s+)?concurrence)\s+d(?:e|['’])(?:\s*(?:,|\p{Lu}[\p{L}'’-]*|(?:au|en|aux|et|ou|de|du|des|la|le|les)(?![\p{L}])|d['’]|l['’]))*\s*$/u;

/** A list of places closed by « ou ailleurs » (« nos données sont hébergées à Cotonou, à Paris ou ailleurs »): any place, none the story's. */
const OR_ELSEWHERE = /^(?:\s*,\s*(?:à|en|au|aux)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s*,?\s+(?:ou|et)\s+ailleurs(?![\p{L}])/u;

/**
 * Countries listed at a sentence's head as lacking the service (« Madagascar, les Comores et Mayotte disposent de peu
 * d'infrastructures de ce type »), right after a sentence where a firm aims at its region (« les hébergeurs visent les
 * pays voisins »): the markets it aims at. Without the aim before, a lack is only mentioned.
 */
const LISTED_HEAD = /^\s*(?:«\s*)?(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|et|ou)\s+)*(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])?\s*$/u;
const LACKING = /^(?:\s*(?:,|et|ou)\s+(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s+(?:n['’]ont\s+(?:presque\s+|quasiment\s+|encore\s+)?(?:pas|aucune?|guère)|ne\s+disposent\s+(?:presque\s+|encore\s+)?(?:pas|d['’]aucune?)|disposent\s+de\s+(?:très\s+)?peu|manquent)(?![\p{L}])/u;
const AIMS_AT_REGION = /(?<![\p{L}])(?:vise|visent|cible|ciblent)\s+(?:aussi\s+|également\s+|d['’]abord\s+|surtout\s+)?(?:les|des)\s+(?:pays|marchés|clients|opérateurs|entreprises)(?![\p{L}])/iu;

/** The role the words around a name give it. */
export function roleFromContext(before: string, after: string, previous = ""): CountryRole {
  if (LISTED_HEAD.test(before) && LACKING.test(after) && AIMS_AT_REGION.test(previous)) return "market";
  if (CUSTOMERS_OF.test(before.slice(-160)) || SERVED_NEIGHBOURS.test(before.slice(-160))) return "market";
  if ((BUYERS_OF.test(before.slice(-120)) && COME_TO_BUY.test(after)) || TARGETED.test(before.slice(-120))) return "market";
  if (ALONGSIDE.test(before.slice(-120)) || OR_ELSEWHERE.test(after)) return "mentioned";
  if (COMPARED_BEFORE.test(before.slice(-120)) || COMPARED_AFTER.test(after)) return "mentioned";
  if (COVERED.test(before.slice(-120))) return "market";
  if (FORMER.test(before.slice(-80)) || ELSEWHERE.test(before.slice(-60))) return "mentioned";
  if (backgroundOnly(before, after)) return "mentioned";
  const near = `${before.slice(-120)} ${after.slice(0, 25)}`;
  for (const [role, cue] of CUES) {
    if (role === "planned" && UNDER_WAY.test(near)) return "site";
    if (!(role === "headquarters" ? cue.test(before.slice(-40)) : cue.test(near))) continue;
    // A sentence about a site with a verb in the simple future (« accueillera », « partira », « rejoindra »): not there yet.
    return role === "site" && FUTURE.test(near) ? "planned" : role;
  }
  return "mentioned";
}

/** The sentence around a position: what lies before and after it, within its sentence. */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string; sentence: string; previous: string } {
  // Back from the name to the last line break or sentence stop: scanning the text from its start made each call cost the whole text.
  let from = start;
  while (from > 0 && text[from - 1] !== "\n" && !(from > 1 && /\s/.test(text[from - 1]) && ".!?".includes(text[from - 2]))) from--;
  const stop = text.slice(end).search(/\n|[.!?](?:\s|$)/);
  const to = stop < 0 ? text.length : end + stop + 1;
  // The sentence before, within the paragraph: what a list at a sentence's head may answer (LACKING).
  let back = from - 1;
  while (back > 0 && text[back - 1] !== "\n" && !(back > 1 && /\s/.test(text[back - 1]) && ".!?".includes(text[back - 2]))) back--;
  const previous = from > 0 && text[from - 1] !== "\n" ? text.slice(Math.max(0, back), from) : "";
  return { before: text.slice(from, start), after: text.slice(end, to), sentence: text.slice(from, to).trim(), previous };
}
