import { escapeRegExp } from "../../text/text";
import { withoutLegalForm } from "../page/legal-form";
import { abbreviates, acronymNames, ORG, spells } from "./company-acronyms";
import { companyKey } from "./company-names";
import { sentenceAround } from "./roles";

export { abbreviates };

/*
 * Names the text treats as firms though the registry does not know them. A name
 * is a run of capitalised words kept whole with its dots, plus signs, hyphens,
 * digits and final words ("Amstein + Walthert", "N+ONE", "Vantage Data Centers");
 * a slash splits two names. The cues, each a way French news introduces a firm:
 */
// Bounded repetitions: a name is a few words of a few dozen letters, and an unbounded pattern tried at
// every position of a long run without spaces ("[a([a(…", "*a*a…") would make the search quadratic.
const WORD = String.raw`(?:\p{Lu}|\d)[\p{L}\p{N}&'’+-]{0,40}(?:\.[\p{L}\p{N}]{1,20}){0,3}`;
const NAME = String.raw`(?=[^\s]{0,40}\p{L})${WORD}(?:/${WORD}){0,3}(?:[ \t](?:\+[ \t])?${WORD}(?:/${WORD}){0,3}){0,6}`;
const LEGAL = String.raw`(?:SAS|SASU|SA|SARL|SE|GmbH|AG|Ltd|Limited|Inc\.?|LLC|plc|NV|BV|SpA|S\.p\.A\.|S\.A\.)`;
/** Such a name: its adjectives, then up to three « de … » complements (« Banque africaine de développement », « Banque des Territoires »). */
const ORG_NAME = String.raw`${ORG}(?:\s+(?!(?:de|du|des|et|la|le|les)\s)\p{Ll}[\p{L}-]+){0,2}(?:\s+(?:de la|de l['’]|du|des|de|d['’])\s*[\p{L}][\p{L}'’-]+){1,3}`;
const TRADE = String.raw`(?:fabricant|producteur|PME|compagnie|fondeur|opérateur|hébergeur|fonds|start-up|startup|jeune pousse|société|entreprise|équipementier|énergéticien|spécialiste|cabinet|banque|coentreprise|fournisseur|acquéreur|constructeur|éditeur|bureau d['’]ingénierie|coopérative|intégrateur|exploitant|gestionnaire|promoteur|développeur|distributeur|grossiste|transporteur|investisseur|vendeur|cédant|groupe|filiale|cliente?|consortium|concurrente?|employeur)`;
/** What a trade noun may be followed by without naming a firm: "le groupe scolaire des Acacias", "les groupes électrogènes". */
const NOT_TRADE = String.raw`(?!\s+(?:scolaire|hospitalier|parlementaire|politique|électrogènes?|de travail|d['’]experts|de réflexion|sanguin|armé)(?![\p{L}]))`;
/** A people's or a town's adjective: "britannique", "genevois", "toulousaine", "américain". */
const DEMONYM = String.raw`\p{Ll}{3,}(?:ois|oise|ais|aise|ain|aine|ique|and|ande|ien|ienne|éen|éenne)`;
/** Sentence openers before their comma (« Par ailleurs, », « De son côté, », « Pour l'alimenter, »): a capitalised word and up to two small ones. */
const CONNECTOR = String.raw`\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}['’])?\p{Ll}+){0,2}`;
/** A reaction, what associations, persons and peoples do as well as firms (« Pro Natura a salué », « Les Nordiques ont montré »): no deal. */
const REACTION = String.raw`(?:salué|dénoncé|critiqué|regretté|déploré|réagi|jugé|demandé|réclamé|montré|souhaité|appelé|exprimé|contesté|applaudi|protesté)`;
/** Verbs that make the name before them the subject of a deal: "X a posé", "X lance", "X rachètera"; not a passive (« La MRAe a été saisie »: acted upon, an authority as well as a firm), nor « a fondé » (a founder is a person). */
/** An opponent's act (« FNE a déposé un recours », « a formé un recours »): associations and residents do it as well as firms, no deal. */
const OBJECTION = String.raw`\p{Ll}+é\s+(?:un|des|plusieurs|deux|trois)\s+(?:nouveaux?\s+)?recours`;
const DEAL_VERB = String.raw`(?:va agrandir|agrandit|a réalisé|a (?:officiellement|finalement|déjà) \p{Ll}+é|s['’]allient|signent|ont signé|(?:a|ont) (?!été\s|(?:co)?fondé\s|${REACTION}\s|${OBJECTION})(?:\p{Ll}+(?:é|i|is|it|u|ert))|(?:est|était) entrée? au capital|lève|rachète|cède|ouvre|investit|inaugure|lance|va investir|va construire|construit|exploite|fournira|construira|exploitera|ouvrira|investira|hébergera|alimentera|rachètera|financera|injecte|injectera|assurera|achève|fourniront|exploiteront|construiront|investiront|ouvriront|conçoit|va (?:ouvrir|lancer|déployer|exploiter|installer|implanter|bâtir)|entre(?:ra)? au capital)`;

/** Trades of the sector that close a firm's name (« X Data Center », « X Compute »): a product's « Cloud » follows a registry name, resolved before. */
const SECTOR = String.raw`(?:Data[ \t]Cent(?:er|re)s?|Datacent(?:er|re)s?|Cloud|Compute|Computing|Partners|Hosting|Hébergement|Télécoms?|Telecoms?|Networks|Construction)`;
/** Capitalised small words opening a sentence, never the first word of such a name. */
const OPENER = String.raw`(?:Le|La|Les|L['’]\S*|Un|Une|Des|Du|De|En|À|Au|Aux|Pour|Dans|Chez|Selon|Avec|Par|Sur|Ce|Cette|Et|Mais|Si|Ni|Ou)`;

/** What a firm in apposition says (« Le distributeur d'eau local, Suez, indique »): the trade before it already makes it a firm. */
const SAYS = String.raw`(?:indique|précise|affirme|assure|explique|souligne|rappelle|confirme|estime)`;

const CUES: { why: string; pattern: RegExp }[] = [
  // "le fabricant américain de puces Nvidia", "la start-up toulousaine Orbicloud", "la société Photoroom"
  // "une banque du Golfe", "l'opérateur de la Principauté": a name after « du », « des », « de (la) » is where the firm is from, not its name.
  { why: "après un nom de métier", pattern: new RegExp(String.raw`(?<![\p{L}])${TRADE}${NOT_TRADE}(?:\s+(?!(?:par|fond[ée]e?s?|a|est|qui|que|qu['’]\p{L}*|à|avec|pour|sur|dans|en|et|ou|chez|son|sa|ses|leur|leurs)(?![\p{L}]))(?:[\p{Ll}'’-]+|d['’]État|d['’])){0,6}?(?<!\s(?:du|des|de|de la|les))\s+(?:d['’](?!État(?![\p{L}])))?(${NAME})`, "gu") },
  // "l'opérateur saoudien stc, qui détiendra": a name in small letters, when a trade and a people's adjective present it as a firm.
  { why: "nom en minuscules après un métier", pattern: new RegExp(String.raw`(?<![\p{L}])${TRADE}\s+${DEMONYM}\s+(\p{Ll}[\p{Ll}\d]{1,5})(?<!(?:al|ale|if|ive|eur|ant|ent|é|ée|ique|ien|ais|ois|ain))(?=,\s+qui\s|\s+(?:a|va|et|qui)\s)`, "gu") },
  // « le rachat de Mellanox en 2020 », « l'acquisition d'Axione »: what is bought is a firm, and who sells it (« l'acquisition auprès d'Etix »).
  { why: "objet d'un rachat", pattern: new RegExp(String.raw`\b(?:rachat|acquisition)\s+(?:auprès\s+)?(?:de|d['’]|du groupe)\s*(${NAME})`, "gu") },
  // « Le contrat de pose a été attribué à Alcatel Submarine Networks », « Le gros œuvre a été confié à Eiffage »: who wins a contract or a work is a firm
  // (« le prix attribué à », « le dossier confié à » are neither).
  { why: "titulaire d'un contrat", pattern: new RegExp(String.raw`\b(?:contrat|marché|lot|concession|gros œuvre|travaux)(?![\p{L}])[^.!?\n]{0,80}?\b(?:attribu|confi)[ée]e?s?\s+à\s+(?:la société\s+|l['’]entreprise\s+|au groupe\s+)?(${NAME})`, "gu") },
  // "Datalantic SAS", "Northgrid GmbH": the legal form is part of the name as written.
  { why: "devant une forme juridique", pattern: new RegExp(String.raw`(${NAME}\s${LEGAL})(?![\p{L}])`, "gu") },
  // "X, filiale de Y", "X, détenu par le fonds Y", "X, la filiale cloud du groupe Y"
  { why: "« filiale de »", pattern: new RegExp(String.raw`(${NAME}),\s+(?:une |la |l['’])?filiale`, "gu") },
  { why: "« filiale de »", pattern: new RegExp(String.raw`filiale(?:\s+[\p{Ll}-]+){0,4}\s+(?:de|d['’]|du groupe)\s*(${NAME})`, "gu") },
  // "NumériCentre, opérateur de trois centres de données": a name and its trade in apposition.
  // "…de Viva Tech, le groupe n'entend pas…": a trade followed by its verb is the next clause's subject, by a name (« l'Isère, la société X ») that name's.
  // Not a sentence's frame (« Dans la Somme, le fonds s'associe… »: a place).
  { why: "suivi de son métier", pattern: new RegExp(String.raw`(?<!(?:^|[.!?]\s+|\n)(?:Dans|En|À)\s+(?:(?:la|le|les)\s+|l['’])?)(${NAME})(?:\s+\([^()\n]{1,80}\))?,\s+(?:un |une |l['’]|le |la )?(?:premier |grand |jeune )?${TRADE}(?![\p{L}])(?!\s+(?:n['’]|ne|a|ont|est|sont|va|vont|se|s['’]|entend|veut|compte|prévoit)(?![\p{L}]))(?!\s+\p{Lu})`, "gu") },
  // "le genevois Safe Host", "l'américain Stack Infrastructure": a firm named by its people's or town's adjective;
  // not across a line's end (« L'Essonne prend le relais » over « Face à la saturation… »: a heading's last noun).
  { why: "après un adjectif d'origine", pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|au|du)\s*(?:${DEMONYM}|(?<=[Ll]e\s)local)[ \t]+(${NAME})`, "gu") },
  // Subject of a deal: "X a signé", "X lève", "Bettembourg : X lance"…
  {
    why: "sujet d'une annonce",
    // "La Natcom a signé": a firm's name may take an article; "Ogero, lui, va agrandir"; « Par ailleurs, X a annoncé ».
    pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n|\s:\s|(?:tandis|alors|pendant)\s+que\s+)(?:${CONNECTOR},\s+)?(?:L[ae]s?\s+)?(${NAME}(?:\s(?:de|du|des)\s${NAME})?)(?:\s+et\s+(?:la\s+|le\s+|l['’])?(${NAME})(?:\s+\p{Ll}[\p{L}-]+){0,2}(?:\s+\(\p{Lu}{2,8}\))?)?(?:,[^,]{1,60},)?\s+(?:(?:lui|leur|y|en)\s+)?${DEAL_VERB}(?![\p{L}])`, "gu"),
  },
  // "L'ANPTIC prévoit", "la SBIN lance": initials alone (not an officer's, « le PDG »), with their article, subject of a plan or a deal: a body that builds or runs something.
  { why: "sigle sujet d'une annonce", pattern: new RegExp(String.raw`(?:^|[.!?:]\s+|\n)(?:L['’]|La\s+|Le\s+)(?!(?:PDG|CEO|DRH|DSI|CSE|CFO|CTO|COO|DAF)(?![\p{L}]))(\p{Lu}{3,8})(?![\p{L}\d])(?:\s+(?:en outre|aussi|également|déjà))?\s+(?:prévoit|${DEAL_VERB})(?![\p{L}])`, "gu") },
  // « X et les autres fournisseurs d'accès pourront »: a name the text counts among a trade's firms.
  { why: "« et les autres » d'un métier", pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME}(?:\s&\s${NAME})?)\s+et\s+les\s+autres\s+${TRADE}s(?![\p{L}])`, "gu") },
  // "Le gestionnaire du réseau à haute tension, Elia, construira" (or « doit renforcer »), « Le vendeur, X, était entré au capital », « Une société encore peu connue, X, a déposé »: the trade, then the name
  // between commas (« …, la GITGE, a signé »: initials take their article).
  { why: "métier en apposition", pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:L['’]|L[ae]\s+|Une?\s+)${TRADE}${NOT_TRADE}(?:\s+[\p{Ll}'’-]+){0,10},\s+(?:la\s+|le\s+|l['’])?(${NAME}),\s+(?:\p{Ll}+\s+){0,4}?(?:${DEAL_VERB}|(?:doit|doivent|devra|devait)\s+\p{Ll}+(?:er|ir|re)|${SAYS})(?![\p{L}])`, "gu") },
  // « une ronde menée par X, avec la participation de Y », « Le financement bancaire est mené par X », « un prêt du Crédit X » (its lender; a development bank, owned by states, lends as one): a round's or a loan's lead and co-investor; « l'opérateur, né de la fusion de la X et de Y »: the merged firms (a region born of one is no firm).
  { why: "investisseur d'un tour", pattern: new RegExp(String.raw`\b(?:prêts?(?:\s+bancaires?)?(?=\s+d[ue'’])(?!\s+d(?:e\s+la|u)\s+Banque(?:\s+\S+){0,2}\s+de\s+développement)|(?:tour|ronde|levée|financement|prêt|emprunt)\s[^.!?\n]{0,80}?(?:menée?|pilotée?)\s+par|avec la participation)\s+(?:de\s+|d['’]|du fonds\s+|de la\s+|du\s+|par\s+)?(?:la\s+|le\s+|l['’])?(${ORG_NAME}|${NAME}(?:\s(?:de|du|des)\s\p{Ll}+\s${NAME})?)`, "gu") },
  { why: "partie d'une fusion", pattern: new RegExp(String.raw`(?<![\p{L}])${TRADE}[^.!?\n]{0,40}?\b(?:née?|issue?)(?:\s+en\s+\d{4})?\s+de\s+la\s+fusion\s+(?:de|entre)\s+(?:la\s+|le\s+|l['’])?(${NAME})\s+et\s+(?:de\s+)?(?:la\s+|le\s+|l['’])?(${NAME})`, "gu") },
  // « a levé 6 millions d'euros auprès de X, de Y et du fonds Z »: whom a round is raised from are its investors.
  { why: "investisseur d'un tour", pattern: new RegExp(String.raw`\b(?:levé|lève|lever|levée)\s[^.!?\n]{0,60}?\sauprès\s+(?:de\s+|d['’])(${NAME})(?:,\s+(?:de\s+|d['’])(${NAME}))?(?:,?\s+et\s+(?:de\s+|d['’])(${NAME}))?`, "gu") },
  // A round's co-investor: "aux côtés de Bpifrance et de business angels".
  { why: "« aux côtés de »", pattern: new RegExp(String.raw`\baux côtés (?:de|du fonds|de la banque)\s+(${NAME})`, "gu") },
  // A party to a deal named by its full name: « nous avons signé avec la Banque des Territoires un accord ».
  { why: "partenaire d'un accord", pattern: new RegExp(String.raw`\b(?:signée?s?|conclue?s?|accord|partenariat)\s+avec\s+(?:la\s+|le\s+|l['’])(${ORG_NAME})(?![\p{L}])`, "gu") },
  // « a signé mardi avec Kelso Mali un accord », « un accord avec Varda Power (NSE : VARDA) »: the other party to a deal;
  // « de conclure avec Bell Canada une entente » (a council's resolution, Québec's word for an agreement).
  { why: "partenaire d'un accord", pattern: new RegExp(String.raw`\b(?:sign(?:er|[ée]e?s?)|conclu(?:re|e?s?))(?:\s+\p{Ll}+)?\s+avec\s+(${NAME})\s+(?:un|une|le|la|l['’])\s*(?:accord|partenariat|contrat|protocole|convention|entente)(?![\p{L}])|\b(?:accord|partenariat|contrat)\s+avec\s+(${NAME})\s+\(\p{Lu}{2,8}\s*:`, "gu") },
  // The agent of a deal: "géré par Électricité de Strasbourg", "construit par le groupe Bouygues", « fabriqué et posé par » (not « posée par » alone: a question a person asks).
  { why: "agent d'un verbe au passif", pattern: new RegExp(String.raw`\b(?:gér[ée]e?s?|assur[ée]e?s?|exploit[ée]e?s?|détenue?s?|fournie?s?|construite?s?|opér[ée]e?s?|rachet[ée]e?s?|financ[ée]e?s?|équipée?s?|alimentée?s?|raccordée?s?|cédée?s?|réalisée?s?|fabriqu[ée]e?s?(?:\s+et\s+pos[ée]e?s?)?|install[ée]e?s?)\s+par\s+(?:le groupe\s+|la société\s+|l['’]opérateur\s+|(?:la|le|l['’])\s*(?=\p{Lu}))?(${ORG_NAME}|${NAME}(?:\s(?:de|du|des)\s${NAME})?)`, "gu") },
  // "des start-up comme H Company ou la société Photoroom", "chez Green Datacenter"
  { why: "« comme », « chez »", pattern: new RegExp(String.raw`\b(?:comme|chez|dont)\s+(${NAME})(?:\s+ou\s+(?:la société\s+)?(${NAME}))?`, "gu") },
  // "Jérôme Vasseur, président de Kalis Data": an officer's title names the firm.
  { why: "après un titre de dirigeant", pattern: new RegExp(String.raw`(?<![\p{L}])(?:président(?:e)?(?:-directeur général)?|PDG|directeur général|directrice générale|fondat(?:eur|rice)|cofondat(?:eur|rice))\s+(?:de|d['’]|du groupe)\s*(${NAME})`, "gu") },
  // "selon les Services industriels de Genève, qui exploitent le réseau": a body that runs a facility is a firm.
  { why: "qui exploite", pattern: new RegExp(String.raw`(?:(?:les|la|le|l['’])\s*|^|[.!?]\s+|\n)(\p{Lu}[\p{L}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}\s+(?:de|du|des|d['’])\s*\p{Lu}[\p{L}'’-]+|${NAME}),\s+qui\s+(?:déjà\s+)?(?:exploite|exploitent|gère|gèrent|construit|construisent|opère|opèrent|emploie|emploient)(?![\p{L}])`, "gu") },
  // "Inès Boulanger a fondé Cadran Cloud" (or « avait créé en 2023 »), a podcast's "Inès Boulanger (Cadran Cloud) : « … »": the founder's firm, the guest's firm.
  { why: "firme fondée, firme de l'invité", pattern: new RegExp(String.raw`(?:\b(?:a|ont|avait|avaient) (?:co)?(?:fondé|créé)(?:\s+en\s+\d{4})?\s+(${NAME})|(?:^|\n)\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,2}\s+\((${NAME})\)\s*:)`, "gu") },
  // « le site Stellantis de Mulhouse », « l'usine Nordvolt d'Arras »: a firm's plant named by its town (not « le site Seveso de », a label).
  { why: "usine nommée par sa firme et sa ville", pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Ll]['’]|[Ll]e\s+|du\s+|au\s+|de\s+l['’])(?:usine|site)\s+(?!(?:Seveso|Internet|Web|Natura)(?![\p{L}]))(\p{Lu}[\p{L}\p{N}&+-]{1,30}(?:[ \t]\p{Lu}[\p{L}\p{N}&+-]{1,30}){0,2})\s+(?:de|du|d['’])\s*\p{Lu}`, "gu") },
  // « céder ses centres de données d'Evere à Datacenter United », « X, propriétaire de la centrale », « les terrains, propriété de X »: a sale's buyer, an owner.
  { why: "acquéreur ou propriétaire", pattern: new RegExp(String.raw`\b(?:cède|cèdent|céder|cédé|cédés|vend|vendre|vendu)\s[^.!?\n]{0,100}?\sà\s+(${NAME})|(${NAME}),\s+(?:l['’]actuel\s+)?propriétaire\s+(?:de la|du|de l['’]|des)\s*(?:centrale|usine|site|campus|réseau|port|câble|centres?\s+de\s+données)(?![\p{L}])|(?<![\p{L}])(?:terrains?|parcelles?|bâtiments?|locaux|friches?|emprises?),\s+(?:encore\s+)?propriété\s+(?:de|d['’])\s*(${NAME})`, "gu") },
  // « le réseau d'X », « un poste électrique d'X », « un raccordement de 30 MW auprès d'X »: who runs the grid a site draws on is a firm (« de la Ville » is a council).
  { why: "gestionnaire du réseau", pattern: new RegExp(String.raw`(?<![\p{L}])(?:(?:au|le)\s+réseau(?:\s+électrique)?|postes?\s+(?:électriques?|sources?)|raccordement[^.!?\n]{0,60}?\sauprès)\s+(?:de\s+la\s+|d['’])(?!(?:Ville|Métropole|Région|Commune|Communauté|Collectivité|Province|République|Agglomération|État|Internet|Europe)(?![\p{L}]))(${NAME})`, "gu") },
  // « Schwarz Digits, maison mère de StackIT »: the parent names its subsidiary, a firm too.
  { why: "filiale nommée par sa maison mère", pattern: new RegExp(String.raw`(?<![\p{L}])maison[ -]m[èe]re\s+(?:de|d['’])\s*(${NAME})`, "gu") },
  { why: "« baptisée »", pattern: new RegExp(String.raw`société\s+baptisée\s+(${NAME})`, "gu") },
  // « Bourgogne Data Center », « Swiss Alpine Compute », « Ecodata Partners »: a name closed by a trade of the sector is a firm's (not « Cloud Act », the trade
  // first; not « l'association France Datacenter », a body; not a headline's « | Hors-Série Cloud », the site's label).
  { why: "nom fermé par un métier", pattern: new RegExp(String.raw`(?<![\p{L}\p{N}&'’+-]|\|\s*|(?:association|fédération|syndicat|collectif|club|alliance)\s)(?!${OPENER}\s)((?:\p{Lu}[\p{L}\p{N}&'’+-]{0,40}[ \t]){1,3}${SECTOR})(?![\p{L}\p{N}])`, "gu") },
];

/** « Valeurs à suivre : Schneider Electric, Air Liquide, Atos, Legrand »: a list of names, each between commas, the last maybe after « et ». */
const LISTED = new RegExp(String.raw`(?<![\p{L}])${NAME}(?:,[ \t]+${NAME}){2,}(?:[ \t]+et[ \t]+${NAME})?(?![\p{L}\d])`, "gu");
/** "aux réseaux de Maroc Telecom et de inwi": the name joined to a firm by « et » is a firm of the same kind. A name in small
 * letters counts when « de » is not elided before it, as French elides it before any common word. */
const COORDINATED = new RegExp(String.raw`(${NAME})\s+et\s+(?:(?:de|d['’])\s*)?(${NAME}|(?<=\sde\s)[aeiouyéh][\p{Ll}\d]{1,20}(?=[\s,.;]))`, "gu");

/** Participles that make the name after them a label or a product, not a firm: "qualifié SecNumCloud", "baptisé Thalassa". */
const LABELLED = /(?:qualifi|certifi|labellis|homologu|agré|baptis)[ée]e?s?\s+$/u;

/** Words that make the name after them an event, not a firm: "l'édition 2019 de Viva Tech", "au salon Data Centre World". */
const EVENT = /(?:[ée]dition(?:\s+\d{4})?|salon|congrès|conférence|sommet|forum|festival|foire|rencontres)\s+(?:(?:de|du|des)\s+|d['’])?$/iu;

/** « sur les bancs du groupe Écologiste », « au nom du groupe EPR »: a parliamentary group, not a firm's group. */
const PARTY_GROUP = /(?:bancs|nom|présidente?|députée?s?|sénat(?:eur|rice)s?|élue?s?|membres?)\s+du\s+groupe\s+$/iu;

/**
 * Never firms: public bodies (a metropolis or a « Communauté » closes its name, « Dijon Métropole », « Poher Communauté »,
 * or only a « Val de … » follows it; laws and decrees (« Loi 25 »);
 * « Nantes Métropole Data » is a firm), unions, events and the words that open such names, or close them in English (« Rwanda Development Board »). */
const NOT_FIRMS = /^(?:Agence|Autorité|Office\s+(?:nationale?|fédéral|cantonal|de\s+la\s+formation)|Banque mondiale|Société financière internationale|Commission|Conseil|Cour|Confédération|Union|État|Etat|Gouvernement|Ministère|Mairie|Ville|Commune|Municipalité|Préfecture|Région|Département|Métropole|IG Metall|Syndicat|Premier|Président|Sommet|Salon|Choose France|Forum|Assemblée|Sénat|Parlement|Tier|Fiche|Cloud|Loi|Décret|Le|La|Les|Un|Une|Ce|Cette|Il|Elle|Ils|Elles|On|Nous|Vous|Selon|Pour|Page|À|En|Chez|Après|Avec|Par|Dans|Depuis|Près)(?:\s|$)|^L['’]|Agglomération|\sCommunauté$|(?:\s|Euro)[Mm]étropole(?:\s+Val)?$|Universit|^(?:Parc|Zone|ZAC|Technop[ôo]le|P[ôo]le) |^(?:Banque|Société|Groupe|Fonds|Entreprise|Cabinet|Opérateur|Filiale|Du|De|Des|Au|Aux|En|Dans|Sur|Par|Avec|Chez)$|\s(?:Board|Agency|Authority|Council|Ministry|Commission)$/;

/** One capitalised word with a French abstract noun's ending (« Électricité », « Distribution »): a common noun, not a name. */
const COMMON_NOUN = /^\p{Lu}\p{Ll}+(?:ité|tion|sion)$/u;
/** The plural trade nouns old industrial firms are named by (« Chantiers de l'Atlantique », « Forges de Syam »): alone, no name. */
const TRADE_PLURAL = /^(?:Chantiers|Ateliers|Forges|Établissements|Etablissements|Laboratoires|Transports|Constructions|Câbleries|Papeteries|Salins)$/u;

/** A generic word's complement: « de données du Fjord », « de calcul de Lévis »; a lowercase word or two, then a capitalised one. */
const GENERIC_COMPLEMENT = /^(?:\s+(?:de la|de l['’]|des|du|de|d['’])\s*\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}-]+)?){0,2}\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Lu}[\p{L}'’-]+/u;
/** Nouns of territories (or sites) before « dont », « comme », their complement between: « des communes de l'Essonne, comme Ménétrol » lists places, not firms. */
const PLACES_LISTED = /(?<![\p{L}])(?:communes?|villes?|villages?|localités|pays|régions?|départements?|provinces?|cantons?|quartiers?|arrondissements?|sites)(?:\s+[^\s.!?]+){0,6}?,?\s+(?:dont|comme)\s+$/u;

/**
 * Words a cue takes for a name though no firm is called so: a sentence's opening locution, one capitalised word with
 * small letters after its hyphen or apostrophe (« Au-delà des projets », « Jusqu'ici, l'entreprise »; « Rolls-Royce »
 * stays); a people in the plural (« Les Nordiques ont montré la voie »); a town in a list of territories (« des
 * communes, dont Ménétrol »).
 */
function notAName(name: string, source: string, start: number): boolean {
  const before = source.slice(Math.max(0, start - 80), start);
  if (/^\p{Lu}\p{Ll}*(?:['’-]\p{Ll}+)+$/u.test(name) && /(?:^|[.!?:]\s+|\n)$/u.test(before)) return true;
  if (new RegExp(String.raw`^\p{Lu}${DEMONYM}s$`, "u").test(name) && /(?:^|[\s])Les\s+$/u.test(before)) return true;
  return PLACES_LISTED.test(before);
}

/**
 * « L'italien Aruba, leader local de l'hébergement », « Le local Aruba », « l'hébergeur italien Aruba »: a name a people's adjective (or « local », the home market's) presents, as a noun with its article, is a
 * firm, even one that is also a country's name; « l'ancien Zaïre » is a country's former name.
 */
export const firmByOrigin = (text: string, name: string) =>
  new RegExp(String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]['’])\s*(?!ancien)(?:${DEMONYM}|local)\s+${escapeRegExp(name)}(?![\p{L}])`, "u").test(text) ||
  // « l'hébergeur italien Aruba »: a trade and a people's adjective present it the same way (« le fonds de Jersey » names the island).
  new RegExp(String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])\s*${TRADE}\s+${DEMONYM}\s+${escapeRegExp(name)}(?![\p{L}]|\s+\p{Lu})`, "u").test(text);

export type ProposedName = { name: string; sentence: string; why: string; aliases?: string[] };
/** « L'entreprise de Halifax Atlantic Compute Inc. »: after a trade and « de », a name's first word is where the firm is from (as the first cue reads it). */
const FROM_TOWN = new RegExp(String.raw`(?<![\p{L}])${TRADE}\s+de\s+$`, "u");

/**
 * Capitalised names the text presents as firms, each with the sentence that
 * shows it; `isKnown` filters out registry entities, places, people and the
 * publisher, which are never proposed.
 */
export function proposeCompanies(text: string, isKnown: (name: string) => boolean, isCompany: (name: string) => boolean = () => false): ProposedName[] {
  const found: ProposedName[] = [];
  // A line in capitals is a heading or a banner, not a list of names.
  const lines = text.split("\n").map((l) => (l.length > 12 && l === l.toUpperCase() ? " ".repeat(l.length) : l));
  const source = lines.join("\n");
  // « Orange et X », and « X et RTE doivent renforcer »: a name coordinated to a registry firm, either side, is a firm too.
  const coordinated = [...source.matchAll(COORDINATED)].flatMap((m) => (isCompany(m[1]) ? [m[2]] : isCompany(m[2]) ? [m[1]] : []).map((name) => Object.assign([m[0], name], { index: m.index! })));
  // A name listed with two firms or more the registry knows is a firm of the same list.
  const listed = [...source.matchAll(LISTED)].flatMap((m) => {
    const parts = m[0].split(/,[ \t]+|[ \t]+et[ \t]+/);
    return parts.filter((p) => isCompany(p)).length >= 2 ? parts.filter((p) => !isCompany(p)).map((p) => Object.assign([p, p], { index: m.index! })) : [];
  });
  const matches = [
    { why: "dans une liste d'entreprises", all: listed },
    ...CUES.map(({ why, pattern }) => ({ why, all: [...source.matchAll(pattern)] })),
    { why: "coordonné à une entreprise", all: coordinated },
    { why: "sigle entre parenthèses, sujet d'un verbe", all: acronymNames(source).map((m) => Object.assign([m.name, m.name], { index: m.index })) },
  ];
  for (const { why, all } of matches) {
    for (const m of all) {
      for (const group of m.slice(1)) {
        if (!group) continue;
        // "Côte d'Ivoire": a name after a capitalised word and an elision is the tail of a longer name.
        const start = source.indexOf(group, m.index);
        if (/\p{Lu}[\p{L}\p{M}-]*\s+[dl]['’]$/u.test(source.slice(Math.max(0, start - 30), start))) continue;
        if (LABELLED.test(source.slice(Math.max(0, start - 20), start))) continue;
        if (EVENT.test(source.slice(Math.max(0, start - 30), start)) || PARTY_GROUP.test(source.slice(Math.max(0, start - 40), start))) continue;
        for (const part of group.split(/\s*\/\s*/)) {
          // « CONSIDÉRANT QUE Hydro-Québec … »: a resolution's opening words in capitals are not part of the name.
          // « La PIPDIC, société publique »: initials take an article in French, which is not part of the name.
          const whole = part.replace(/[.'’-]+$/, "").trim().replace(/^(?:\p{Lu}{2,}\s+)*QU(?:E\s+|['’]\s*)(?=\p{Lu})/u, "").replace(/^(?:La|Le|Les)\s+(?=[\p{Lu}\d]{2,}$)/u, "");
          const cut = FROM_TOWN.test(source.slice(Math.max(0, start - 40), start)) && /^\S+\s+\S+\s+\S/u.test(whole) ? whole.replace(/^\S+\s+/u, "") : whole;
          // « Le distributeur Électricité de Strasbourg »: a common noun alone names no firm, its « de » complement is part of the name.
          const after = source.slice(source.indexOf(cut, m.index) + cut.length);
          // « l'entreprise Centres de données du Fjord »: a name of generic words alone (« Centres », « Services ») is no firm's; its « de » complement, down to a capitalised word, is part of it.
          const generic = !companyKey(cut) && /\p{L}/u.test(cut);
          let name = COMMON_NOUN.test(cut) || TRADE_PLURAL.test(cut) ? cut + (after.match(/^ (?:de la |de l['’]|de |du |des |d['’])\p{Lu}[\p{L}'’-]+/u)?.[0] ?? "") : generic ? cut + (after.match(GENERIC_COMPLEMENT)?.[0] ?? "") : cut;
          if (!/\p{L}/u.test(name) || (generic && name === cut)) continue;
          if (notAName(name, source, start)) continue;
          // « Parallèlement, la filiale X », « Interrogée, la filiale X »: an adverb or a participle opening a sentence, before its comma, is no firm.
          if (/^\p{Lu}\p{Ll}+(?:ement|amment|emment|ée?s?)$/u.test(name) && new RegExp(String.raw`(?:^|[.!?]\s+|\n)${name},`, "u").test(source)) continue;
          // « la société La Ferté Energy Park »: after a trade noun, a capitalised article opens the firm's name.
          const named = /^L[ae]s?\s\p{Lu}/u.test(name) && new RegExp(String.raw`(?<![\p{L}])${TRADE}\s+$`, "u").test(source.slice(Math.max(0, start - 30), start));
          if (named && !name.includes(" ", name.indexOf(" ") + 1)) name += after.match(/^ (?:de la|du|des|de) \p{Lu}[\p{L}'’-]+/u)?.[0] ?? "";
          if (name.length < 2 || (NOT_FIRMS.test(name) && !named) || isKnown(name)) continue;
          // « au Saguenay–Lac-Saint-Jean »: a name glued by a dash to another is one half of a compound place's name.
          if (/^[–—]\p{Lu}/u.test(source.slice(source.indexOf(name, m.index) + name.length))) continue;
          if (found.some((f) => f.name === name)) continue;
          const at = source.indexOf(name, m.index);
          found.push({ name, sentence: sentenceAround(source, at, at + name.length).sentence, why });
        }
      }
    }
  }
  // "Datalantic SAS" and "Datalantic" are one firm: keep the fuller form; "LDS" of "Levant Data Systems (LDS)" is its initials.
  const initialsOf = (f: ProposedName) => found.some((g) => g !== f && source.includes(`${g.name} (${f.name})`));
  // "NAVER Cloud, filiale … du groupe NAVER": a subsidiary and its parent are two firms, though one name holds the other.
  const parentOf = (f: ProposedName, g: ProposedName) => new RegExp(String.raw`${escapeRegExp(g.name)},?\s+(?:la\s+|une\s+|l['’])?filiale\b[^.\n]{0,80}\s${escapeRegExp(f.name)}(?![\p{L}])`, "u").test(source);
  // « Enfin, le fournisseur … Cirrus Nord »: a sentence's opening word before its comma is no firm when the clause it opens names the firm after its trade.
  const opener = (f: ProposedName) => /^\p{Lu}\p{Ll}+$/u.test(f.name) && f.sentence.startsWith(`${f.name}, `) && found.some((g) => g !== f && g.sentence === f.sentence && !f.sentence.slice(f.name.length + 2, f.sentence.indexOf(g.name)).includes(","));
  return found
    .filter((f) => !opener(f) && !initialsOf(f) && !found.some((g) => g !== f && g.name.startsWith(`${f.name} `) && /\s\S+$/.test(g.name) && !parentOf(f, g)))
    .map((f) => {
      // The initials the text gives the name (« Grand port maritime de Marseille (GPMM) ») are the same firm's other name.
      const short = source.match(new RegExp(String.raw`${escapeRegExp(f.name)}\s+\((\p{Lu}[\p{L}]{1,7})\)`, "u"))?.[1];
      const initials = short && (/^\p{Lu}+$/u.test(short) || abbreviates(short, f.name) || spells(short, f.name)) ? short : undefined;
      // « Kempen Datacenters NV » is called « Kempen Datacenters » in a sentence: the legal form stays as the registered alias.
      const bare = withoutLegalForm(f.name);
      const aliases = [...(bare !== f.name ? [f.name] : []), ...(initials ? [initials] : [])];
      return aliases.length ? { ...f, name: bare, aliases } : f;
    })
    .filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i);
}
