/*
 * Countries a sentence names only as background (the integrator's convention of round 37, raw-pages README « Roles »):
 * a firm's presence elsewhere, firms of a country, and submarine cables named as context; from round 38, others'
 * projects as a clause's subject, a firm's past investments and data kept abroad. Each is `mentioned`, though the
 * clause around it holds a site word (« relie », « hébergent », « présent »).
 */

/**
 * A list of countries after « en / au / aux » (« en Ouganda, en Éthiopie et au », the last one open; « en Côte d'Ivoire et
 * un autre au », a second site of the same kind). Its preposition is optional: a country's forms include « en Ouganda », read
 * from before it.
 */
const IN_LIST = String.raw`(?:(?:en|au|aux)\s+[^,;:.]*?(?:,\s*|\s+(?:et|ou)\s+)(?:(?:un|une)\s+autre\s+)?)*(?:(?:en|au|aux)\s*)?$`;

/**
 * « opérateur déjà présent en Ouganda, en Éthiopie et en Côte d'Ivoire », « déjà propriétaire d'opérateurs de centres de
 * données au Royaume-Uni et en Irlande »: where the firm already is, not the story's place.
 */
const ALREADY_PRESENT = new RegExp(String.raw`(?<![\p{L}])déjà\s+(?:présente?s?|implantée?s?|propriétaires?\s+d(?:e\s+|['’]\s*)(?:[\p{L}'’-]+\s+){0,5}?)\s*${IN_LIST}`, "iu");

/**
 * A firm's presence set in apposition (« Le groupe, présent au Kenya, au Nigeria et en Afrique du Sud, prévoit… »): where
 * it already is, as ALREADY_PRESENT, though « déjà » is left out. « Le groupe est présent au Kenya » (no comma) keeps its verb.
 */
const PRESENT_APPOSED = new RegExp(String.raw`[\p{L}\d)»]\s*,\s+présente?s?\s+${IN_LIST}`, "iu");

/**
 * « qui exploite déjà des sites en Allemagne et en Suisse », « détient déjà des centres de données au Royaume-Uni »: the
 * firm's sites before the story. The words between never run over « et » or a comma, so a later clause (« exploite déjà
 * un site à Lyon et construira en Norvège ») keeps its own verb.
 */
const ALREADY_RUNS = new RegExp(String.raw`(?<![\p{L}])(?:exploite|exploitent|détient|détiennent|possède|possèdent|dispose|disposent)\s+(?:déjà|aussi|également|par\s+ailleurs)\s+(?:(?!et\s)[\p{L}\d'’-]+\s+){1,6}?${IN_LIST}`, "iu");

/** A name of one or more words, some joined by « du / de / des / la » (« Afrique du Sud », « Burkina Faso »). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de|des|la)\s+)?\p{Lu}[\p{L}'’-]*)*`;
/** « de la », « du », « d' »…: the word joining a noun to the place or firm it is of. */
export const OF = String.raw`(?:de la|de l['’]|du|des|de|d['’])`;

/**
 * Firms of a country (« des entreprises d'Afrique du Sud et du Kenya qui veulent une copie de leurs données… »,
 * « plusieurs entreprises du Burkina Faso hébergent… »): where the firms come from, not where the story happens.
 * « clients de X » is read first, as a market (roles.ts).
 */
const FIRMS_OF = new RegExp(String.raw`(?<![\p{L}])(?:entreprises|sociétés|start-up|firmes)\s+(?:${OF}\s*${NAME}\s*(?:,|et)\s+)*${OF}\s*$`, "u");

/**
 * Cables named as context: several cables that already link or reach a place (« les câbles arrivant à Kribi, dont le
 * câble SAIL, qui relie le Cameroun à Fortaleza, au Brésil », « plusieurs câbles sous-marins qui relient La Réunion à
 * l'île Maurice »), or the cable a country depends on (« Le Liban dépend largement du câble sous-marin qui le relie à
 * Marseille, en France »). The story's own cable — one, or new ones being laid — keeps the role of its verb.
 */
const CABLES_IN_PLACE = /(?<![\p{L}])câbles(?:\s+sous-marins)?(?:\s+[\p{L}'’-]+){0,2}?\s+(?:qui\s+)?(?:relient|reliant|arrivent|arrivant|atterrissent|desservent)(?![\p{L}])[^.;:!?]*$/iu;
const NEW_CABLES = /(?<![\p{L}])(?:nouveaux|futurs|deux|trois|quatre)\s+(?:nouveaux\s+)?câbles|(?:va|vont|doi(?:t|vent)|devraient)\s+(?:poser|construire|relier)/iu;
const DEPENDS_ON_CABLE = /(?<![\p{L}])dépend(?:ent|ait|aient)?\s+(?:[\p{L}'’-]+\s+){0,2}?d[ue]s?\s+(?:[\p{L}'’-]+\s+){0,2}?câbles?(?![\p{L}])[^.;:!?]*$/iu;

/** A single cable that already lands beside the story (« Le câble EllaLink, qui relie le Portugal au Brésil, atterrit déjà sur la côte »). */
const ALREADY_LANDS_AFTER = /^[^.;:!?]{0,50}?(?<![\p{L}])(?:atterri(?:t|ssent)|arrive(?:nt)?|aboutit)\s+déjà(?![\p{L}])/iu;

/**
 * One of several cables already there, named by « dont » (« accueille plusieurs câbles sous-marins, dont le SAIL, qui
 * relie Kribi à Fortaleza, au Brésil »): context, as CABLES_IN_PLACE. « Le câble X, qui relie » alone is the story's.
 */
const ONE_OF_CABLES = /(?<![\p{L}])câbles(?:\s+[\p{L}'’-]+){0,3}?,\s+dont\s+(?:le\s+)?(?:câble\s+)?[^,;:.!?]{1,30},\s+qui\s+(?:relie|reliait|arrive)(?![\p{L}])[^.;:!?]*$/iu;

/**
 * Others' projects or installations, subject of their clause (« d'autres projets de câbles sont à l'étude, notamment vers
 * la Libye », « d'autres piscines en Europe récupèrent déjà la chaleur… en Angleterre »): set beside the story, only
 * mentioned. As an object (« ouvrira d'autres sites en Allemagne ») the clause's verb still decides, and so does a
 * firm's own plan (« d'autres ouvertures sont prévues aux États-Unis »: tuning page 05 annotates it `planned`).
 */
const OTHERS_AS_SUBJECT = /(?:^|[:;,]\s*|(?<![\p{L}])(?:que|qu['’]|et|mais)\s+)d['’]autres\s+(?!clients)(?:(?!prévu)[^.;:!?])*$/iu;

/**
 * Where a firm has already invested (« Le fonds a déjà investi l'an dernier dans un exploitant à Milan et dans un
 * opérateur en Espagne »): its past deals, not the story's place. A clause joined by « et » and a verb ends it.
 */
const ALREADY_INVESTED = /(?<![\p{L}])(?:a|ont|avait|avaient)\s+déjà\s+(?:investi|pris\s+(?:une|des)\s+participations?)(?![\p{L}])(?:(?!\s(?:et|mais|puis)\s+(?!dans|en|au|aux|à)[\p{L}])[^.;:!?])*$/iu;

/**
 * Data kept elsewhere, the story bringing it home (« rapatrier au Cameroun des données aujourd'hui hébergées en Europe
 * ou en Afrique du Sud », « une grande partie des données est hébergée hors du Mali, à Dakar, à Abidjan ou en Europe »,
 * « … sont hébergées à l'étranger, au Kenya, en Afrique du Sud ou en Europe »):
 * where it is now is only mentioned.
 */
const KEPT_ABROAD = /(?<![\p{L}])(?:(?:rapatri\p{Ll}*(?:\s+[^.;:!?]{0,60}?)?\s+aujourd['’]hui\s+(?:hébergée|stockée)s?)|(?:hébergée?s?|stockée?s?)\s+(?:hors\s+d(?:u|e\s+la|e\s+l['’]|es|e|['’])\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|à\s+l['’]étranger)\s*,(?:\s*(?:notamment|principalement|surtout|dont|comme))?)(?:\s*(?:,|ou|et)?\s*(?:à|en|au|aux)\s+[^,;:.!?]*?)*\s*(?:,|ou|et)?\s*(?:à|en|au|aux)?\s*$/iu;

/**
 * Where data was or still is kept, the story's site to take it over (« beaucoup hébergeaient leurs données à Marseille ou
 * à Paris », « les données continueront d'être stockées à Francfort », « certaines données seraient ainsi stockées en
 * France »): a past, ongoing or reported state, not the story's place, so only mentioned. The clause must be about
 * data; « les données seront hébergées à Lyon » (the story's plan) keeps its verb.
 */
const DATA_KEPT_BEFORE = /(?<![\p{L}])(?:hébergeai(?:t|ent)|stockai(?:t|ent)|(?:étai(?:t|ent))\s+(?:hébergée|stockée)s?|continu(?:e|ent|era|eront)\s+d['’]être\s+(?:hébergée|stockée)s?|seraient\s+(?:ainsi|actuellement|aujourd['’]hui|encore|déjà)\s+(?:hébergée|stockée)s?)(?![\p{L}])[^.;:!?]*$/iu;
const ABOUT_DATA = /(?<![\p{L}])données(?![\p{L}])/iu;

/**
 * A place the speaker sets aside (« des données hébergées en France, pas à Barcelone ou en Irlande », « un centre sur
 * place, pas à Conakry ni à l'étranger »): what is not wanted is only mentioned. The comma and « pas » open the list;
 * « ne sont pas à Lyon » (a verb's negation) is no such aside.
 */
const SET_ASIDE = /,\s+(?:et\s+|mais\s+)?(?:pas|non|plutôt\s+que)\s+(?:à|en|au|aux|dans)\s+(?:[^,;:.!?«»]*?(?:,\s*|\s+(?:ou|ni|et)\s+)(?:à|en|au|aux|dans)?\s*)*$/iu;

/** A country's name with its article, as in a list (« la Tanzanie », « le Rwanda », « les Comores », « l'Ouganda »). */
export const WITH_ARTICLE = String.raw`(?:(?:la|le|les|l['’])\s*)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de|des|d['’])\s*)?\p{Lu}[\p{L}'’-]*)*`;

/**
 * A route the link takes (« relie le pays aux câbles sous-marins via la Tanzanie et le Rwanda », « en passant par le
 * Niger »): the countries crossed are only mentioned (the corpus README's routes convention). The story's own link still
 * to come lands where it goes through (490: the round-37 cable convention), so a future « reliera » keeps its verb.
 */
const ROUTE = new RegExp(String.raw`(?<![\p{L}])(?:via|en passant par)\s+(?:${WITH_ARTICLE}\s*(?:,|et|ou)\s+)*(?:la|le|les|l['’])?\s*$`, "u");

/** The story's link still to come (« le futur câble, qui reliera Maurice à l'Afrique du Sud, via La Réunion et Madagascar »): its landings keep the plan. */
const OWN_LINK = /(?<![\p{L}])(?:reliera|relieront|futur|(?:va|vont|doi(?:t|vent)|devrai(?:t|ent))\s+relier)(?![\p{L}])/iu;

/**
 * A firm's fleet counted the world over, then where most of it is (« exploite aujourd'hui une dizaine de centres de
 * données dans le monde, la plupart aux États-Unis »): its existing sites, not the story's. A single site (« exploite
 * deux centres en France ») keeps its role.
 */
const FLEET = /(?<![\p{L}])(?:exploite|exploitent|possède|possèdent|compte|comptent|détient|détiennent)\s+(?:aujourd['’]hui\s+|actuellement\s+|déjà\s+)?(?:plus\s+d['’]\s*)?(?:une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|plusieurs|des\s+dizaines|\d+)\s+[^.;:!?]{0,80}?,\s+(?:la\s+plupart|l['’]essentiel|la\s+majorité|principalement|surtout|majoritairement)\s+[^.;:!?]{0,80}$/iu;

/**
 * A firm's other sites named as a list of countries (« dispose par ailleurs de centres de données dans plusieurs pays de
 * la sous-région, dont la Côte d'Ivoire et le Sénégal »): where it already is, as ALREADY_RUNS.
 */
const RUNS_IN_COUNTRIES = new RegExp(String.raw`(?<![\p{L}])(?:exploite|exploitent|détient|détiennent|possède|possèdent|dispose|disposent)\s+(?:déjà|aussi|également|par\s+ailleurs)\s+[^.;:!?]{0,80}?(?<![\p{L}])pays(?![\p{L}])[^.;:!?,]{0,40},\s+(?:dont|comme|notamment)\s+(?:${WITH_ARTICLE}\s*(?:,|et|ou)\s+)*(?:la|le|les|l['’])?\s*$`, "iu");

/**
 * Data kept elsewhere today, the story's facility to bring it home (« Aujourd'hui, une grande partie des données des
 * entreprises est hébergée en Nouvelle-Zélande, en Australie ou en France »): where it is now is only mentioned.
 * « Aujourd'hui, les données sont hébergées à X » (no share named) keeps its site.
 */
const SHARE_KEPT_TODAY = new RegExp(String.raw`(?<![\p{L}])(?:aujourd['’]hui|actuellement),?\s+(?:une\s+(?:grande\s+|large\s+|bonne\s+)?partie|la\s+plupart|l['’]essentiel|la\s+majorité|\d+\s*%)\s+des\s+données[^.;:!?]{0,80}?(?:est|sont)\s+(?:hébergée|stockée)s?\s+${IN_LIST}`, "iu");

/**
 * Cables the story's site is already served by or will be connected to (« la ville accueille déjà les points
 * d'atterrissement des câbles SAIL, qui la relie à Fortaleza au Brésil », « le site sera raccordé au câble METISS, qui
 * relie La Réunion à Maurice »): their far ends are context (the round-37 cable convention). A cable still to be laid
 * (« raccordé au futur câble, qui reliera… ») is the story's own and keeps its verb.
 */
const CABLES_ALREADY_HERE = /(?<![\p{L}])(?:accueille|accueillent|reçoit|reçoivent|compte|comptent)\s+déjà\s+[^.;:!?]*?câbles?(?![\p{L}])[^.;:!?]*$/iu;
const CONNECTED_TO_CABLE = /(?<![\p{L}])(?:raccordée?s?|reliée?s?|connectée?s?)\s+(?:directement\s+)?(?:au|aux)\s+câbles?(?![\p{L}])[^.;:!?]*$/iu;
const CABLE_TO_COME = /(?<![\p{L}])(?:(?:futurs?|nouveaux?)\s+câbles?|reliera|relieront|atterrira|atterriront|(?:va|vont|doi(?:t|vent)|devrai(?:t|ent))\s+(?:relier|atterrir))(?![\p{L}])/iu;

/** Whether the words around a country give it only as background. */
export function backgroundOnly(before: string, after: string): boolean {
  const near = before.slice(-160);
  const recent = before.slice(-120);
  if (ALREADY_PRESENT.test(recent) || PRESENT_APPOSED.test(recent) || ALREADY_RUNS.test(recent) || FIRMS_OF.test(recent)) return true;
  if (ALREADY_INVESTED.test(recent) || OTHERS_AS_SUBJECT.test(recent) || KEPT_ABROAD.test(near)) return true;
  if ((CABLES_IN_PLACE.test(near) || ONE_OF_CABLES.test(near)) && !NEW_CABLES.test(near)) return true;
  if (DEPENDS_ON_CABLE.test(near) || (ROUTE.test(recent) && !OWN_LINK.test(recent)) || FLEET.test(near)) return true;
  if (RUNS_IN_COUNTRIES.test(recent) || SHARE_KEPT_TODAY.test(near)) return true;
  if ((DATA_KEPT_BEFORE.test(near) && ABOUT_DATA.test(near)) || SET_ASIDE.test(recent)) return true;
  // The cable's near end (« qui relie Maurice à … »), the story's own place, keeps its sentence's role.
  // So does the landing the cable already has in the site's country (« raccordé au câble 2Africa, qui atterrit déjà au Sénégal »).
  const nearEnd = /(?<![\p{L}])(?:relie|relient|reliant|(?:atterri(?:t|ssent)|arrive(?:nt)?|aboutit)(?:\s+déjà)?\s+(?:au|aux|en|à))\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$/iu.test(before);
  if ((CABLES_ALREADY_HERE.test(near) || (CONNECTED_TO_CABLE.test(near) && !nearEnd)) && !CABLE_TO_COME.test(near)) return true;
  return /câble/iu.test(before.slice(-80)) && ALREADY_LANDS_AFTER.test(after);
}
