import { escapeRegExp } from "../../text/text";
import { foldSameLength, isAllCaps } from "./announcement-mentions";
/*
 * The verbs (and nouns) that state an announcement, by class, with the tense
 * each written form carries. A class says what happens (open, build, buy…);
 * wrappers (announce, complete, start, cancel) say how far it has gone.
 */

export type VerbClass =
  | "open" | "build" | "deliver" | "land" | "acquire" | "sell" | "invest" | "partner" // heads: what happens
  | "announce" | "complete" | "start" | "cancel"; // wrappers: how far it has gone
export type Tense = "present" | "participle" | "future" | "conditional" | "infinitive" | "imperfect" | "noun";

type Forms = Partial<Record<Tense, string[]>>;

/** A regular verb in -er: « inaugurer » gives inaugure, inauguré, inaugurera… */
function er(stem: string, noun: string[] = [], pastStem = stem): Forms {
  return {
    present: [`${stem}e`, `${stem}ent`],
    participle: [`${pastStem}é`, `${pastStem}ée`, `${pastStem}és`, `${pastStem}ées`],
    future: [`${stem}era`, `${stem}eront`],
    conditional: [`${stem}erait`, `${stem}eraient`],
    infinitive: [`${pastStem}er`],
    imperfect: [`${pastStem}ait`, `${pastStem}aient`],
    noun,
  };
}

const LEXICON: [VerbClass, Forms][] = [
  ["open", { present: ["ouvre", "ouvrent", "ouvrons"], participle: ["ouvert", "ouverte", "ouverts", "ouvertes"], future: ["ouvrira", "ouvriront"], conditional: ["ouvrirait", "ouvriraient"], infinitive: ["ouvrir"], imperfect: ["ouvrait"], noun: ["ouverture"] }],
  ["open", er("inaugur", ["inauguration"])],
  ["open", { present: ["met en service", "mettent en service"], participle: ["mis en service", "mise en service", "mises en service"], future: ["mettra en service", "mettront en service"], conditional: ["mettrait en service"], infinitive: ["mettre en service"], noun: ["mise en service"] }],
  ["open", { present: ["entre en service", "entrent en service"], participle: ["entré en service", "entrée en service", "entrés en service"], future: ["entrera en service", "entreront en service"], infinitive: ["entrer en service"], noun: ["entrée en service"] }],
  // « doit accueillir ses premiers clients en 2026 »: the day a facility opens, said of its users.
  ["open", { present: ["accueille ses premiers clients", "accueillent leurs premiers clients"], future: ["accueillera ses premiers clients", "accueilleront leurs premiers clients"], infinitive: ["accueillir ses premiers clients", "accueillir leurs premiers clients", "accueillir les premiers clients"] }],
  ["open", { present: ["est opérationnel", "est opérationnelle", "sont opérationnels", "sont opérationnelles"], future: ["sera opérationnel", "sera opérationnelle", "seront opérationnels"] }],
  ["build", { present: ["en construction", "en cours de construction", "en chantier"] }],
  ["build", { present: ["construit", "construisent", "construisons"], participle: ["construit", "construite", "construits", "construites"], future: ["construira", "construiront"], conditional: ["construirait", "construiraient"], infinitive: ["construire"], imperfect: ["construisait"], noun: ["construction", "première pierre", "travaux", "chantier", "pose du câble", "pose des câbles"] }],
  // « Les sites seraient installés à Calatorao », « le campus sera implanté à Fouju »: where a facility is built (a passive, see findTriggers).
  // « va installer ses serveurs dans un centre de données de 60 MW à X »: active, only into a new facility (see findTriggers).
  ["build", {
    present: ["installe", "installent", "implante", "implantent"], future: ["installera", "installeront", "implantera", "implanteront"], infinitive: ["installer", "implanter"],
    participle: ["installé", "installée", "installés", "installées", "implanté", "implantée", "implantés", "implantées"],
  }],
  // « agrandir son centre », « prolonger le câble », « développer un campus »: building more of a facility; these
  // verbs also say much else (« développer son offre »), so they count only with a facility noun (see SOFT_BUILD).
  ["build", { ...er("développ"), noun: [] }],
  ["build", { present: ["agrandit", "agrandissent"], participle: ["agrandi", "agrandie"], future: ["agrandira", "agrandiront"], infinitive: ["agrandir"], noun: ["agrandissement"] }],
  ["build", { present: ["étend", "étendent"], participle: ["étendu", "étendue"], future: ["étendra", "étendront"], infinitive: ["étendre"], noun: ["extension"] }],
  ["build", { ...er("prolong"), noun: [] }],
  // « lance la conception-réalisation d'un centre », « a confié à Bouygues la réalisation de son campus »: the works ordered, with a facility noun only.
  ["build", { noun: ["conception-réalisation", "réalisation"] }],
  // « achève à Jdeidé un centre », « achève le gros œuvre d'un bâtiment » (held-out-21): works still under way, with a facility noun only (« a achevé » is done).
  ["build", { present: ["achève", "achèvent"] }],
  ["build", { present: ["bâtit", "bâtissent"], participle: ["bâti", "bâtie", "bâtis"], future: ["bâtira", "bâtiront"], infinitive: ["bâtir"] }],
  // « Orange posera en 2026 un câble », « vont poser un câble sous-marin », « un accord pour la pose d'un câble »: laying a new cable.
  ["build", { present: ["pose un câble", "posent un câble"], future: ["posera un câble", "poseront un câble"], infinitive: ["poser un câble"], noun: ["pose d'un câble", "pose d'un nouveau câble"] }],
  ["deliver", er("livr", ["livraison"])],
  // « l'accord d'atterrissement du câble »: the landing is the statement (« station d'atterrissement » alone names a facility).
  ["land", { present: ["atterrit", "atterrissent"], participle: ["atterri"], future: ["atterrira", "atterriront"], infinitive: ["atterrir"], noun: ["atterrissement"] }],
  ["acquire", { ...er("rachèt", ["rachat"], "rachet"), participle: ["racheté", "rachetée", "rachetés", "rachetées"] }],
  ["acquire", { present: ["acquiert", "acquièrent"], participle: ["acquis", "acquise"], future: ["acquerra"], conditional: ["acquerrait"], infinitive: ["acquérir"], noun: ["acquisition", "prise de contrôle"] }],
  ["acquire", { present: ["s'offre"], infinitive: ["s'offrir"] }],
  ["sell", { ...er("cèd", ["cession"], "céd") }],
  ["sell", { present: ["vend", "vendent"], participle: ["vendu", "vendue", "vendus", "vendues"], future: ["vendra", "vendront"], infinitive: ["vendre"], noun: ["vente"] }],
  ["invest", { present: ["investit", "investissent", "investissons"], participle: ["investi"], future: ["investira", "investiront"], conditional: ["investirait", "investiraient"], infinitive: ["investir"], noun: ["investissement", "investissements"] }],
  // « Wallonie Entreprendre entre au capital de X à hauteur de 90 millions », « prend une participation dans X »: a stake taken is money put in.
  ["invest", { present: ["entre au capital", "entrent au capital", "prend une participation", "prennent une participation"], participle: ["entré au capital", "entrée au capital", "pris une participation"], future: ["entrera au capital", "entreront au capital", "prendra une participation"], infinitive: ["entrer au capital", "prendre une participation"], noun: ["entrée au capital", "prise de participation"] }],
  ["invest", { ...er("consacr"), noun: [] }],
  // « est financé par un consortium » names a funder, not an investment: no participle.
  ["invest", { ...er("financ"), participle: [], noun: [] }],
  ["invest", { ...er("dépens"), noun: [] }],
  ["invest", { ...er("inject"), noun: [] }],
  ["partner", { present: ["s'associe", "s'associent", "s'allie", "s'allient"], participle: ["associé", "associés", "alliés"], future: ["s'associera", "s'associeront"], infinitive: ["s'associer", "s'allier"], noun: ["partenariat", "coentreprise", "co-entreprise", "joint-venture", "alliance"] }],
  ["cancel", { ...er("abandonn", ["abandon"]) }],
  // « qu'il renonçait à la seconde tranche »: the cedilla before a and o.
  ["cancel", { ...er("renonc"), present: ["renonce", "renoncent", "renonçons"], imperfect: ["renonçait", "renonçaient"] }],
  ["cancel", { ...er("annul", ["annulation"]) }],
  ["cancel", { ...er("retir"), noun: ["retrait"] }],
  // « Google ne donnera pas suite à son projet de Bissen »: the negation is the cancellation (so the phrase keeps its « ne »).
  ["cancel", { present: ["ne donne pas suite", "ne donnent pas suite", "n'a pas donné suite", "n'ont pas donné suite"], future: ["ne donnera pas suite", "ne donneront pas suite"], infinitive: ["ne pas donner suite"] }],
  ["announce", er("annonc")],
  ["announce", { present: ["prévoit", "prévoient", "prévoyons"], participle: ["prévu", "prévue", "prévus", "prévues"], future: ["prévoira"], infinitive: ["prévoir"], imperfect: ["prévoyait", "prévoyaient"], noun: ["projet", "permis de construire"] }],
  ["announce", er("projett", [], "projet")],
  ["announce", er("envisag")],
  ["announce", er("planifi")],
  ["announce", er("confirm")],
  ["announce", er("dévoil")],
  // « a confié à Bouygues Construction la réalisation de son campus »: the works commissioned, still to come.
  ["announce", er("confi")],
  ["announce", { present: ["promet", "promettent"], participle: ["promis"], future: ["promettra"] }],
  ["announce", { present: ["compte", "comptent", "veut", "veulent", "souhaite", "souhaitent", "entend", "entendent", "s'apprête", "s'engage", "va", "vont", "doit", "doivent", "pourrait", "pourraient", "devrait", "devraient"], imperfect: ["devait", "devaient", "comptait"] }],
  ["complete", { ...er("finalis"), participle: ["finalisé", "finalisée"] }],
  // « annoncent la signature d'un partenariat »: the deal is signed.
  ["complete", { noun: ["signature"] }],
  ["complete", { present: ["conclut", "concluent", "boucle", "bouclent", "signe", "signent", "crée", "créent", "forme", "forment", "noue", "nouent"], participle: ["conclu", "bouclé", "signé", "créé", "formé", "noué", "achevé"], infinitive: ["créer", "former", "signer", "conclure"] }],
  ["start", { ...er("lanc", [], "lanc"), noun: ["lancement"] }],
  ["start", { present: ["débute", "commence", "démarre", "pose", "entame"], participle: ["débuté", "commencé", "démarré", "posé", "entamé"], future: ["débutera", "commencera", "démarrera"], infinitive: ["débuter", "commencer", "démarrer"] }],
];

const PASSIVE_ONLY = /^(?:install|implant)/;

/** Build verbs that also say much else: a statement only with a facility noun in its clause. */
export const SOFT_BUILD = /^(?:achèv|développ|agrandi|étend|extension|prolong|réalisation|conception-réalisation)/;
/** Of those, the ones that extend what exists: with a sum, an investment in it. */
export const EXTEND = /^(?:agrandi|étend|extension|prolong)/;

/** A modal (« va », « doit », « compte ») counts only before an infinitive: « doit 10 millions » announces nothing. */
export const MODALS = new Set(["compte", "comptent", "veut", "veulent", "souhaite", "souhaitent", "entend", "entendent", "s'apprête", "s'engage", "va", "vont", "doit", "doivent", "pourrait", "pourraient", "devrait", "devraient", "devait", "devaient", "comptait"]);

export type Trigger = { cls: VerbClass; tense: Tense; form: string; start: number; end: number; aux?: string };

const forms = new Map<string, { cls: VerbClass; tenses: Tense[] }[]>();
for (const [cls, byTense] of LEXICON) {
  for (const [tense, list] of Object.entries(byTense) as [Tense, string[]][]) {
    // « d'autres ouvertures », « les rachats »: a noun in the plural is the same statement.
    const written = tense === "noun" ? list.flatMap((f) => (/[sx]$/.test(f) || f.includes(" ") ? [f] : [f, `${f}s`])) : list;
    for (const form of written) {
      const entries = forms.get(form) ?? [];
      const entry = entries.find((e) => e.cls === cls);
      if (entry) entry.tenses.push(tense);
      else entries.push({ cls, tenses: [tense] });
      forms.set(form, entries);
    }
  }
}
const FORM = new RegExp(
  `(?<![\\p{L}-])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}-])`,
  "gu",
);

/** The same forms without accents, for a text in capitals (« A INAUGURE », « PREVOIT »), which writes none. */
const unaccented = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const bareForms = new Map<string, { cls: VerbClass; tenses: Tense[] }[]>();
for (const [form, entries] of forms) {
  const list = bareForms.get(unaccented(form)) ?? [];
  for (const e of entries) {
    const same = list.find((x) => x.cls === e.cls);
    if (same) same.tenses.push(...e.tenses.filter((t) => !same.tenses.includes(t)));
    else list.push({ cls: e.cls, tenses: [...e.tenses] });
  }
  bareForms.set(unaccented(form), list);
}
const BARE_FORM = new RegExp(FORM.source.normalize("NFD").replace(/[\u0300-\u036f]/g, ""), "gu");

/** « … dans un centre de données de 60 MW à » (not « de Data4 »): a new facility the thing goes into, its own (a tenant « s'installe »). */
const INTO_NEW = /^[^,.;]{0,70}?\s(?:dans|sur)\s+(?:un|une)\s+(?:(?:nouveau|nouvel|nouvelle)\s+)?(?:centre de données|data ?cent(?:er|re)|datacent(?:er|re)|campus|bâtiment)(?!\s+(?:de|d')\s*\p{Lu})/iu;
const OBJECT_NEXT = /^\s+(?:(?:aussi|également|actuellement|désormais|déjà|encore)\s+)?(?:un|une|des|deux|trois|quatre|cinq|son|sa|ses|leur|leurs)\s/iu;
const ACCESS = /^\s+(?:à|au|aux)\s+(?:(?:la|les|l'|ses|leurs|des|d'autres)\s*)?(?:public|équipes?|clients?|chercheurs?|utilisateurs?|entreprises?|partenaires?|laboratoires?|étudiants?|habitants?|visiteurs?|développeurs?|opérateurs?|concurrents?)(?![\p{L}])/iu;

/** Words that may sit between an auxiliary and its participle (« a de son côté promis », « avait déjà racheté »). */
const INSERT_WORD = String.raw`(?:de son côté|de leur côté|pour sa part|pour leur part|par ailleurs|quant à (?:eux|elle|lui|elles)|en revanche|en effet|en outre|d'ailleurs|lui-même|elle-même|dans la foulée|enfin|finalement|déjà|également|aussi|ainsi|bien|officiellement|notamment|récemment|discrètement|pas|plus|jamais|encore|toujours|ensuite|hier|aujourd'hui|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir)?|\p{L}+ment)`;
// « a, de son côté, promis », « a, lui, finalisé »: the same words set off by commas, or a subject's pronoun so set off (round 31).
const INSERT = String.raw`(?:\s+${INSERT_WORD}|\s*,\s*(?:${INSERT_WORD}|(?:lui|elle|eux|elles)(?:\s+aussi)?)(?:\s+${INSERT_WORD})*\s*,)*`;
const AUX = new RegExp(`(?<![\\p{L}])(a|ont|avons|avez|ai|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient|été|avoir|être|s'est|se sont|s'était)${INSERT}\\s+$`, "iu");

/**
 * The trigger words of a sentence, each with its tense. A participle without
 * an auxiliary (« annoncée en 2021 », « construite pour… ») qualifies a noun
 * and announces nothing: it is left out.
 */
const AWAITED = /(?:en attente|sans|aucune)\s+(?:de\s+|d')?(?:(?:la|une)\s+)?(?:date\s+)?(?:de\s+|d'|du\s+)$/iu;

/** « société d' », « fonds d' »: before « investissement », the kind of a firm. */
const FIRM_OF = /(?<![\p{L}])(?:sociétés?|fonds|banques?|firmes?|véhicules?)\s+d'$/iu;

/** A facility noun and at most one adjective right before a form: « un centre de données national construit ». */
const ATTRIBUTIVE = /(?:centres? de données|data ?cent(?:er|re)s?|campus|bâtiments?|câbles?(?: sous-marins?)?)(?:\s+\p{Ll}+)?\s+$/u;

export function findTriggers(sentence: string): Trigger[] {
  const text = sentence.replace(/[’‘]/g, "'");
  const found: Trigger[] = [];
  const caps = isAllCaps(text);
  // Accents folded one letter for one: the offsets stay those of the text.
  const lower = caps ? foldSameLength(text.toLowerCase()) : text.toLowerCase();
  for (const m of lower.matchAll(caps ? BARE_FORM : FORM)) {
    const form = m[0].replace(/\s+/g, " ");
    const start = m.index!;
    const aux = AUX.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase();
    // « l'annonce », « l'ouvre »: after an elided article, a present form is a noun or a pronoun's verb, not the announcement;
    // after « de la », « dans la », « du », a noun (« les entreprises de la finance », 314 of held-out-15; « ses clients dans la finance », round 42).
    const elided = /(?<![\p{L}])(?:l'|(?:de|dans) la\s+|du\s+)$/iu.test(text.slice(0, start));
    // « « … ce site va pomper dans la nappe », a lancé un conseiller » (297 of held-out-14): the verb of an incise after a quote says who spoke.
    if (/[»”]\s*,\s*(?:a\s+|ont\s+)?$/u.test(text.slice(Math.max(0, start - 12), start))) continue;
    for (const { cls, tenses } of (caps ? bareForms : forms).get(form) ?? []) {
      let tense: Tense | undefined;
      // « installé », « implanté » say where a facility goes only in the passive (« sera implanté à »), not « a installé des serveurs ».
      if (PASSIVE_ONLY.test(form) && !/^(?:est|sont|sera|seront|serait|seraient|été|être)$/i.test(aux ?? "") && (!INTO_NEW.test(text.slice(start + m[0].length, start + m[0].length + 120)) || /(?<![\p{L}])s'$/u.test(text.slice(0, start)))) continue;
      if (tenses.includes("participle") && aux) tense = "participle";
      // « RBX9, construit en dix-huit mois »: after a comma, a form that is also a participle qualifies the noun.
      // « L'entreprise, qui a reçu un prêt, construit aussi un campus »: with its object after it, the verb.
      else if (tenses.includes("participle") && /[,(]\s*$/.test(text.slice(0, start)) && !OBJECT_NEXT.test(text.slice(start + m[0].length, start + m[0].length + 40))) continue;
      // « Camtel avait inauguré … un centre de données national construit avec un financement chinois »: after its noun, and a verb before, it qualifies the object.
      else if (tenses.includes("participle") && ATTRIBUTIVE.test(text.slice(Math.max(0, start - 60), start)) && found.some((t) => t.tense !== "noun")) continue;
      else tense = tenses.find((t) => t !== "participle");
      if (!tense || (elided && tense === "present")) continue;
      // « ouvert aux équipes du CNRS », « ouvrir au public »: access given to people, not a facility opened.
      if (cls === "open" && ACCESS.test(text.slice(start + m[0].length, start + m[0].length + 40))) continue;
      // « toujours en attente de date d'ouverture », « sans date de mise en service »: a milestone not yet reached, no state.
      if (tense === "noun" && AWAITED.test(text.slice(Math.max(0, start - 40), start))) continue;
      // « La société d'investissement, qui … », « un fonds d'investissement »: the kind of a firm, no sum invested.
      if (tense === "noun" && cls === "invest" && FIRM_OF.test(text.slice(Math.max(0, start - 30), start))) continue;
      // « la mise en service » is a noun; after « a », a participle.
      if (tense === "noun" && aux && tenses.includes("participle")) tense = "participle";
      found.push({ cls, tense, form, start, end: start + m[0].length, ...(tense === "participle" ? { aux } : {}) });
      break;
    }
  }
  return found;
}

/** When a trigger's event happens: before now, now, later, or only as an intention. */
export type Time = "past" | "present" | "future" | "purpose" | "noun";

export function timeOf(trigger: Trigger, before: string): Time {
  switch (trigger.tense) {
    case "future":
    case "conditional":
      return "future";
    case "infinitive":
      // « annonce avoir ouvert », « vient d'inaugurer » are past; « pour ouvrir », « afin de construire », purpose.
      return /(?<![\p{L}])(?:avoir|vien(?:t|nent)\s+d(?:e\s+|'))\s*$/u.test(before) ? "past" : "purpose";
    case "noun":
      return "noun";
    case "imperfect":
      return "past";
    case "participle": {
      const aux = trigger.aux ?? "";
      if (/^(?:sera|seront|aura|auront|être)$/.test(aux)) return "future";
      if (/^(?:serait|seraient|aurait|auraient)$/.test(aux)) return "future";
      if (/^(?:est|sont)$/.test(aux)) return trigger.form.startsWith("entr") ? "past" : "present";
      return "past";
    }
    default:
      return "present";
  }
}
