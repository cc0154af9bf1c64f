import { FACILITY_KINDS } from "./announcement-drafts";
import type { Reading } from "./announcement-reading";

/*
 * Round 26 (ADR 013), from held-out-19: three readings of a sentence that are no announcement of their own.
 */

/*
 * « En quelques semaines, AWS, Google et Microsoft ont annoncé de nouvelles régions cloud … » (406): several firms
 * and a plural indefinite object sum up what the article then tells one by one; the editor records each, not the sum.
 */
const PLURAL_NEW = /(?<![\p{L}])(?:de|des)\s+(?:nouveaux|nouvelles)\s+\p{L}+s(?![\p{L}])/iu;

/*
 * Round 28, from held-out-21: « Microsoft et Oracle ont ouvert des régions cloud à Dubaï et à Riyad » (444, 442): two
 * firms or more and a bare plural « des régions / des centres » are each firm's own sites, told as the market's
 * background, not one site built together. « Orange et MTN construiront un centre de données à X » stays.
 */
const PLURAL_OWN = /(?<![\p{L}])des\s+(?:régions|centres|data ?cent(?:er|re)s|datacent(?:er|re)s|campus|zones de disponibilité)(?![\p{L}])/iu;

/*
 * « Le site doit créer une quarantaine d'emplois » (410): jobs a facility told before will create are no facility of their own.
 */
const JOBS_ONLY = /(?<![\p{L}])(?:créer|créera|créeront|crée|créent|générer|générera)\s+(?:\S+\s+){0,3}?(?:d')?(?:emplois|postes)(?![\p{L}])/iu;

/*
 * Round 27, from held-out-20: « Hydro-Québec prévoit que la demande des centres de données au Québec pourrait doubler »
 * (429): a forecast of what facilities will need, where « centres de données » is the demand's complement, no facility.
 */
const DEMAND_GROWS =
  /(?<![\p{L}])(?:demande|consommation|besoins?)\s+(?:[^.;,]{0,40}?\s)?(?:des|de|en)\s+(?:centres? de données|data ?centers?|datacenters?)[^.;]{0,40}?\s(?:doubler|tripler|quadrupler|croître|augmenter|bondir|exploser|progresser)(?![\p{L}])/iu;

/*
 * Round 28, from held-out-21: the same forecast told with a noun, « Hydro-Québec prévoit une hausse importante de la
 * demande d'électricité …, portée par … les centres de données » (450). « Pour répondre à la hausse de la demande, X
 * construira un centre » has no forecasting verb before it: it stays.
 */
const DEMAND_RISE =
  /(?<![\p{L}])(?:prévoi\p{L}*|prévu\p{L}*|anticip\p{L}*|s'attend\p{L}*\s+à|table\p{L}*\s+sur)\s+(?:une|un)\s+(?:hausse|croissance|augmentation|explosion|doublement|bond|envolée)\s+(?:\p{L}+\s+)?(?:de\s+la|des)\s+(?:demande|consommation|besoins)(?![\p{L}])/iu;

/*
 * Round 29, from held-out-22: « … mais aucun n'a encore annoncé de région cloud au Maroc » (469): a facility said not to be
 * announced yet is none. « n'a pas encore annoncé de date d'ouverture » names no facility after « de »: it does not fire.
 */
const NOT_ANNOUNCED =
  /(?<![\p{L}])n'(?:a|ont|avait|avaient)\s+(?:pas\s+|jamais\s+|encore\s+|toujours\s+|rien\s+)*(?:annoncé|dévoilé|confirmé|lancé)\s+(?:de|d')\s*(?:nouvel(?:le)?s?\s+)?(?:régions?|centres?|data ?cent(?:er|re)s?|datacent(?:er|re)s?|campus|câbles?|investissements?|projets?|sites?|zones?)(?![\p{L}])/iu;

/*
 * Round 29: « La question, c'est plutôt de savoir où ils seront construits » (463): an indirect question asks where or
 * whether facilities will be built; it states none. Only a reading with no place, sum nor size is dropped.
 */
const OPEN_QUESTION = /(?<![\p{L}])(?:de\s+savoir|reste\s+à\s+savoir|se\s+demandent?|on\s+ignore)\s+(?:où|si|s'|qui|quand|comment|combien)(?![\p{L}])/iu;

/*
 * Round 29: « Nvidia y a ouvert un laboratoire commun avec l'université » (469): a laboratory, an office or a school opened
 * is no facility of the corpus, when the sentence names no centre, region, campus or cable beside it.
 */
const NOT_A_FACILITY =
  /(?<![\p{L}])(?:ouvert|ouvre|ouvrent|ouvrira|ouvriront|inauguré|inaugure|installé|installe|installera|créé|crée|créera)\s+(?:un|une|des|son|sa|ses|leur|leurs)\s+(?:nouvel(?:le)?s?\s+|nouveaux\s+|premiers?\s+|premières?\s+)?(?:laboratoires?|bureaux?|sièges?|showrooms?|écoles?|académies?|centres? de recherche|centres? de formation|boutiques?|agences?)(?![\p{L}])/iu;
const FACILITY_NOUN = /(?<![\p{L}])(?:centres? de données|data ?cent(?:er|re)s?|datacent(?:er|re)s?|régions? cloud|campus|câbles?)(?![\p{L}])/iu;

/*
 * « OVHcloud a renoncé à construire le centre de données qu'il avait annoncé … dans la zone …, à Saran » (399): one
 * statement read twice, once with its place and once without; the placed reading says it all.
 */
const twinOf = (r: Reading, placed: Reading) =>
  !r.place && !r.country && !!placed.place && r.kind === placed.kind && r.status === placed.status &&
  r.by.length === placed.by.length && r.by.every((b) => placed.by.includes(b)) &&
  (r.amount === undefined || r.amount.value === placed.amount?.value) && (r.mw === undefined || r.mw === placed.mw);

/** Drops a sentence's summary of several firms' plans or sites, a jobs figure, a demand forecast, a facility said not announced, an open question or a laboratory or office read as a facility, and an unplaced twin of a placed reading. */
export function withoutAsides(readings: Reading[], text: string): Reading[] {
  const clean = text.replace(/’/g, "'");
  return readings.filter((r, i) => {
    const facility = FACILITY_KINDS.has(r.kind);
    if (facility && r.by.length >= 2 && !r.place && PLURAL_NEW.test(clean)) return false;
    // The asides below drop only a facility read with no sum nor size: a figure in the sentence makes it news.
    if (facility && r.amount === undefined && r.mw === undefined) {
      if (r.by.length >= 2 && PLURAL_OWN.test(clean)) return false;
      if (!r.place && (JOBS_ONLY.test(clean) || OPEN_QUESTION.test(clean))) return false;
      if (DEMAND_GROWS.test(clean) || DEMAND_RISE.test(clean) || NOT_ANNOUNCED.test(clean)) return false;
      if (NOT_A_FACILITY.test(clean) && !FACILITY_NOUN.test(clean)) return false;
    }
    return !readings.some((other, j) => j !== i && twinOf(r, other));
  });
}
