/*
 * What the words around a capitalised name say against its being a place of
 * the article, whatever the gazetteer holds: the name belongs to an
 * institution ("la Communauté urbaine de Dunkerque"), a road ("la route de
 * Nozay"), a text ("la directive NIS 2"); or an article makes it a common noun or a
 * region rather than a town ("le Canton", "les Laurentides", "au Québec").
 */

const LINK = String.raw`\s+(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*$`;

/**
 * Bodies named after their town: the town is part of their name, not a place of the story. « En mairie de X » says where
 * something is done (a file open to the public): the town is a place. A State's seat over its own ground is not such a
 * body: « la préfecture du Nord », « le tribunal administratif de Melun » name the département or town that authorises or
 * judges the project, a place of the story (round 43); an appeal court, whose seat judges several départements, stays.
 */
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}])(?:communaut[ée]\s+(?:urbaine|d['’]agglom[ée]ration|de\s+communes)|services\s+industriels|chambre\s+(?:de\s+commerce|des\s+m[ée]tiers)(?:\s+et\s+d['’]industrie)?|universit[ée]|conseil\s+(?:d[ée]partemental|r[ée]gional|municipal|g[ée]n[ée]ral)|(?<!en\s)mairie|centre\s+hospitalier|h[ôo]pital|cour(?:\s+administrative)?\s+d['’]appel|acad[ée]mie|club|stade|gare|a[ée]roport\s+international|grand\s+port(?:\s+maritime)?|port\s+autonome)${LINK}`,
  "iu",
);

/** A paper named after its town (« Le Courrier de Rabat », « La Gazette de Nivelles »): a masthead, not a place of the story. */
const PRESS_TITLE = /(?:^|[^\p{L}])(?:Le|La|L['’])\s*(?:Courrier|Journal|Gazette|Écho|Echo|Progrès|Quotidien|Tribune|Dépêche|Nouvelliste|Messager|Réveil|Républicain|Petit Journal|Vigie|Phare|Sentinelle|Voix|Indépendant|Observateur)\s+(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*$/u;

/** A road named after a town ("la route de Nozay", "l'avenue de Paris"). */
const ROAD = new RegExp(String.raw`(?<![\p{L}])(?:route|rue|avenue|boulevard|chemin|all[ée]e|quai|impasse|rond-point|autoroute|porte)${LINK}`, "iu");

/** A text, a standard or a label: "la directive européenne NIS", "la norme ISO", "qualifié SecNumCloud". */
const TEXT_NAME = /(?<![\p{L}])(?:directive|norme|r[èe]glement|loi|label|certification|qualification|standard|protocole|qualifi[ée]e?|certifi[ée]e?|labellis[ée]e?)(?:\s+[\p{Ll}-]+){0,2}\s+$/iu;

/** « Le distributeur d'eau local, Suez, indique »: a name between commas after a sentence's trade noun is the firm's. */
const APPOSED_FIRM = /(?<![\p{L}])L(?:['’]|[ae]\s+)(?:distributeur|fournisseur|opérateur|gestionnaire|exploitant|hébergeur|constructeur|fabricant|énergéticien|concessionnaire)(?:\s+[\p{Ll}'’-]+){0,5},\s+$/u;

/**
 * True when the words before a name (and the few after it) say it is not a
 * place of the article: an institution's or a road's name,
 * a text or a standard ("NIS 2": capitals and a number).
 */
export function notAPlace(before: string, name: string, after: string): boolean {
  if (APPOSED_FIRM.test(before) && after.startsWith(",")) return true;
  if (INSTITUTION.test(before) || PRESS_TITLE.test(before) || ROAD.test(before) || TEXT_NAME.test(before)) return true;
  // « à l'Anse à Henry »: a common noun with its elided article, then « à » and a name, is one place's name, not a town « Anse ».
  if (/(?<![\p{L}])l['’]$/u.test(before) && !/[\s-]/.test(name) && /^\s+à\s+\p{Lu}/u.test(after)) return true;
  // « dans l'Union européenne », « la Banque mondiale »: a word and a continent's or the world's adjective name a body, not a town.
  if (!/[\s-]/.test(name) && SUPRANATIONAL.test(after)) return true;
  return /^\p{Lu}{2,}$/u.test(name) && /^\s+\d/.test(after);
}

const SUPRANATIONAL = /^\s+(?:europ[ée]en|africain|asiatique|mondial|international|am[ée]ricain|arabe)(?:ne|e)?s?(?![\p{L}])/u;

/**
 * The article before a name, when it makes the name something other than a
 * town: a lower-case "le", "la", "les" ("délivré par le Canton", "dans les
 * Laurentides"), or "au", "du", "aux", "des" ("au Québec", the province).
 * Towns take none, unless it is part of their name ("Le Bourget").
 */
export function articleBefore(before: string): boolean {
  return /(?<![\p{L}])(?:le|la|les|au|aux|du|des)\s+$/u.test(before);
}

/**
 * True when the capitalised run opens with the kind of a division and its « de »
 * (« l'État du Maharashtra », « la Province de Kinshasa »): the name after it stands
 * alone, as if the run began there, and the kind before it is the division's context.
 */
export function headedByDivision(words: readonly string[], i: number): boolean {
  // « un prêt de la Région Normandie », « soutenu par la Région Grand Est » (no « de »): where the money comes from, named after
  // its region, which the annotators of 129 and of held-out-13…36 (354, 533, 558, 681…) list as a place. « La Région Occitanie,
  // propriétaire du port, … » opening a sentence is the council acting, which 162, 433 and 500 do not list: not there.
  if (i >= 1 && words[i - 1] === "Région") return words[i - 2] !== "La";
  // « l'Agglomération de la Région de Compiègne »: the kind and its « de » head the name wherever the run has them.
  return i >= 2 && /^(?:État|Province|Région|Canton|Comté|Gouvernorat|Préfecture|Département|Land)$/u.test(words[i - 2]) && /^(?:de|du|des)$/iu.test(words[i - 1]);
}

/** Words that say the next name is a place: "à Lille", « de Massy à Évry en passant par Corbeil », "près de Milan", "la ville de Hamina", a power plant's town (« la centrale nucléaire de Golfech »), a town in a list of towns (« des communes voisines, dont Ménétrol »). */
// « la société commune d'Orange et de Capgemini »: « commune » after a firm's noun is the adjective (a joint venture), not a municipality.
export const STRONG_LOCATIVE = /(?:(?:^|[.!?]\s+|\n)A|(?<![\p{L}])(?:à|à l['’]|au|aux|en|dans l[ae]|dans l['’]|près d[e'’]|autour d[e'’]|au (?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest) d[e'’]|ville d[e'’]|villes? (?:comme|telles? que)|(?<!(?:société|filiale|entreprise|structure|coentreprise)\s+)commune d[e'’]|centrale(?: nucléaire| thermique| hydroélectrique)? d[e'’]|canton d[e'’]|région d[e'’]|province d[e'’]|zone d[e'’]|quartier d[e'’]s?|depuis|en passant par|l['’]État d[e'’]|(?:nouvelle|ville) (?:ville|nouvelle)|vers(?: les| le| la| l['’])?|si[èe]ge(?: social)?\s*:|(?:communes|villes|villages|localités)(?:\s+[\p{Ll}-]+){0,2},?\s+dont))\s*$/iu;
/** Weaker: "le campus de Marcoussis", "Munich et Francfort", "le maire des Ulis", "entre Mérignac et…", the far end of « la ligne Bordeaux–Arcachon »; enough for a town no company or word shares its name with. */
export const WEAK_LOCATIVE = /(?<![\p{L}])(?:du|de|d['’]|des|et|entre)\s*$|(?:ligne|liaison|axe|tronçon|trajet|route)\s+\p{Lu}[\p{L}\p{M}'’-]*\s*[–—/]\s*$/iu;
/**
 * « entre Strasbourg, Colmar et Mulhouse », « à Rennes, Limoges, Besançon ou encore Pau »: a name inside a list of names that follows
 * a place word and closes on « et » or « ou (encore) », or the last of such a list after « ou »: a town like the others.
 */
export const listedAfterPlace = (before: string, after: string) =>
  (/(?<![\p{L}])(?:à|entre|de|d['’])\s*(?:\p{Lu}[\p{L}\p{M}'’-]*,\s*)+$/u.test(before) && /^(?:,\s*\p{Lu}[\p{L}\p{M}'’-]*)*\s+(?:et|ou(?:\s+encore)?)\s+\p{Lu}/u.test(after)) ||
  /(?<![\p{L}])(?:à|entre)\s*\p{Lu}[\p{L}\p{M}'’-]*(?:,\s*\p{Lu}[\p{L}\p{M}'’-]*)*\s+ou(?:\s+encore)?\s+$/u.test(before) ||
  // « Après Bazancourt et Pomacle »: the head of a pair, as « et » makes its second a town.
  /^\s+et\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[.,;:!?]|\s+(?:\p{Ll}|$))/u.test(after);

/** « Fouju, en Seine-et-Marne », « Plérin (Côtes-d'Armor) »: a name followed by the division it lies in is a commune's. */
export const seatedInDivision = (after: string) => /^\s*(?:\(\s*\p{Lu}[\p{L}\p{M}'’-]*(?:[- ]\p{Lu}?[\p{L}\p{M}'’]*)*\s*\)|,\s+(?:en|dans l['’]|dans l[ae]\s)\s*\p{Lu}[\p{L}\p{M}'’]*-)/u.test(after);

/** Words that open sentences and are also towns somewhere ("Le", "Selon"): never places alone. */
export const NOT_ALONE = new Set(["le", "la", "les", "selon", "pour", "avec", "sur", "depuis", "aucun", "une", "un", "ce", "cette", "il", "elle", "nous", "sans", "prenons", "reste", "fiche", "merci"]);


/** « l'île Providence », « sur l'île de Montréal »: the name is an island's. */
export const ISLAND = /(?<![\p{L}])[îi]les?\s+(?:de\s+|d['’])?$/iu;

/** The text writes an accent the gazetteer's name lacks (« Mahé » found as « Mahe »): a French name, likely not that town. */
export const accentsLost = (written: string, found: string) => /\p{M}/u.test(written.normalize("NFD")) && !/\p{M}/u.test(found.normalize("NFD"));

/**
 * An epithet names a firm by its home town ("le géant de Redmond", "la firme de Cupertino"): no place is meant.
 * The noun bears its article: in « un centre de données géant de Fouju », « géant » is an adjective.
 */
export const EPITHET = /(?<![\p{L}])(?:l[ea]|l['’]|du|au)\s*(?:\p{L}+\s+)?(?:g[ée]ante?|firme|mastodonte|champion(?:ne)?|num[ée]ro un|leader|titan|colosse|ogre)(?:\s+[\p{Ll}-]+){0,2}\s+(?:de|d['’])\s*$/iu;

/** A river, a lake, a coast: "la rive sud du Saint-Laurent" names no town. */
export const WATER = /(?<![\p{L}])(?:rives?|fleuve|golfe|estuaire|berges?|lac|rivi[èe]re|baie|canal|delta|embouchure|p[ée]ninsule|presqu['’][îi]le)(?:\s+(?:nord|sud|est|ouest|droite|gauche))?\s+(?:du|de la|de l['’]|des|de|d['’])\s*$/iu;

/**
 * A town in capitals opening a paragraph, then a dispatch's dateline (« FREDERICTON (GNB) – … »,
 * « NOZAY (Essonne), le 3 mars … »): where the story is written from, a place as sure as « à X ».
 */
export function opensDateline(before: string, after: string): boolean {
  return (before === "" || /\n\s*$/u.test(before)) && /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*(?:le\s+)?\d|[–—]\s|-\s)/u.test(after);
}

/**
 * « LEGRAND (LR) – Le spécialiste … »: a stock column's entry, a name and its ticker (capitals its name spells in
 * order, from its first letter), shaped like a dateline; « PARIS (AFP) – » and « FREDERICTON (GNB) – » are not.
 */
export function tickerAfter(name: string, after: string): boolean {
  const ticker = after.match(/^\s*\((\p{Lu}{2,5})\)/u)?.[1].toLowerCase();
  const letters = name.normalize("NFD").replace(/[^\p{L}]/gu, "").toLowerCase();
  if (!ticker || ticker[0] !== letters[0]) return false;
  let at = 0;
  for (const c of ticker) if (!(at = letters.indexOf(c, at) + 1)) return false;
  return true;
}
