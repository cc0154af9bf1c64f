import type { FacilityNoun } from "./announcement-clues";
import { FUTURE } from "./announcement-clues";
import type { Mention } from "./announcement-mentions";
import type { AnnouncementStatus } from "../../model/schema/announcement";
import { MODALS, type Trigger, type VerbClass, timeOf } from "./announcement-verbs";

/*
 * A statement is a chain of trigger words that belong together: « prévoit de
 * construire », « a annoncé qu'il rachèterait », « a lancé la construction ».
 * Its head says what happens, its first finite word how far it has gone.
 */

export type Chain = { triggers: Trigger[]; start: number; end: number };
export const HEADS: VerbClass[] = ["partner", "acquire", "sell", "open", "build", "deliver", "land", "invest"];
export const isHead = (t: Trigger) => HEADS.includes(t.cls);

/** Trigger words joined into one statement: « prévoit de construire », « a annoncé qu'il rachèterait », « a lancé la construction ». */
export function chainsOf(text: string, triggers: Trigger[], companies: Mention[], facilities: FacilityNoun[]): Chain[] {
  const chains: Chain[] = [];
  for (const t of triggers) {
    if (MODALS.has(t.form) && !/^\s+(?:[\p{L}'-]+\s+){0,2}?(?:être|avoir|[\p{L}']+(?:er|ir|re))(?![\p{L}])/u.test(text.slice(t.end, t.end + 40))) continue;
    // « a confié à Bouygues Construction la réalisation de son campus » commissions works; « a confié au journal que… » tells.
    if (/^confi[eé]/.test(t.form) && !/^[^.;]{0,60}?(?:la|les)\s+(?:réalisation|construction|travaux)(?![\p{L}])/iu.test(text.slice(t.end, t.end + 90))) continue;
    // « en partenariat avec » says how, not what: the announcement is elsewhere in the sentence.
    if (t.cls === "partner" && t.tense === "noun" && /(?<![\p{L}])en\s+$/iu.test(text.slice(0, t.start))) continue;
    const prev = chains.at(-1);
    const last = prev?.triggers.at(-1);
    const gap = last ? text.slice(last.end, t.start) : "";
    const before = text.slice(0, t.start);
    const named = companies.some((c) => last && c.start >= last.end && c.end <= t.start);
    // What a statement's own words go on to say about it: its purpose (« pour construire »), its cost
    // (« pour un investissement de »), or a relative clause on its facility (« un bâtiment de 20 MW qui doit être livré »).
    const purpose = t.tense === "infinitive" && /(?<![\p{L}])(?:pour|afin d[e'])\s+(?:y\s+)?$/iu.test(before);
    // « pour un investissement de », « …, un investissement de 110 millions »: what it costs.
    // « représentant un investissement de », « fruit d'un investissement de », « qui représente un investissement » too.
    const cost = t.cls === "invest" && t.tense === "noun" && /(?:(?<![\p{L}])(?:pour|représentant|représente|représentera|soit|fruit\s+d')|,)\s*(?:un|une)\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
    // « …, un chantier estimé à 90 millions »: the works of what the statement just named, with their cost.
    const works = t.tense === "noun" && /^(?:chantier|projet)$/u.test(t.form) && /,\s*(?:un|une)\s+$/iu.test(before);
    // « dont la première phase » is a stage of the same facility; « dont la première région » a new one.
    const stage = /(?<![\p{L}])dont\s+(?:la|le|les|l')\s*(?:(?:première|premier|deuxième|seconde?)\s+)?(?:phase|tranche|mise en service|livraison|construction|ouverture)\s*$/iu.test(before);
    // « le campus de 300 mégawatts qu'elle y projetait pour 2 milliards »: a pronoun's relative clause on the facility, its figures the statement's.
    const relative = stage || (/(?<![\p{L}])(?:qui|qu'(?:il|elle|ils|elles)(?:\s+y)?)\s*$/iu.test(before) && facilities.some((f) => f.end <= t.start && t.start - f.end < 40 && (!last || f.start > last.end)));
    // « les travaux de terrassement de son campus ont commencé »: the noun is the subject, the wrapper its verb.
    const predicate = !!last && isHead(last) && last.tense === "noun" && !isHead(t) && ["start", "complete", "announce"].includes(t.cls) && !["noun", "infinitive"].includes(t.tense);
    const linked =
      prev && last && !/;/.test(gap) &&
      ((gap.length <= 70 && (!named || (/^confi[eé]/.test(last.form) && t.tense === "noun")) && (!isHead(last) || predicate || ["noun", "infinitive"].includes(t.tense))) || ((purpose || relative) && gap.length <= 140) || ((cost || works) && gap.length <= 200));
    if (linked) {
      prev.triggers.push(t);
      prev.end = t.end;
    } else chains.push({ triggers: [t], start: t.start, end: t.end });
  }
  return chains;
}

/** « de sa participation dans la », « ses parts de l' »: the object of a sale, a stake in what is named next. */
const STAKE_IN = /^\s*(?:de\s+)?(?:sa|ses|leur|leurs|la|les)\s+(?:participation|parts?)\s+(?:[\p{L}]+\s+)?(?:dans|de|du)\s*(?:la|le|l'|les)?\s*$/iu;
/** What the statement is about: the strongest head (a deal over a building over an investment). */
export function headOf(chain: Chain, text = ""): Trigger | undefined {
  // « la cession de sa participation dans la coentreprise … à son partenaire Hydro-Québec » (258 of held-out-12): a joint
  // venture the sale's object names is the stake sold, not a partnership made; the sale heads the statement.
  const sale = chain.triggers.find((t) => t.cls === "sell");
  const sold = (t: Trigger) => !!sale && t.tense === "noun" && t.start > sale.end && STAKE_IN.test(text.slice(sale.end, t.start).replace(/’/g, "'"));
  for (const cls of HEADS) {
    const found = chain.triggers.find((t) => t.cls === cls && !(cls === "partner" && sold(t)));
    if (found) return found;
  }
  return undefined;
}

export function statusOf(chain: Chain, head: Trigger | undefined, text: string, scope: string): AnnouncementStatus {
  if (chain.triggers.some((t) => t.cls === "cancel")) return "cancelled";
  const governing = chain.triggers.find((t) => t.tense !== "noun") ?? chain.triggers[0];
  const time = timeOf(governing, text.slice(0, governing.start));
  const later = time === "future" || time === "purpose" || time === "noun";
  switch (governing.cls) {
    case "announce": {
      // « annoncent la signature d'un partenariat », « a annoncé la conclusion du rachat », « annonce avoir finalisé l'acquisition »: a deal signed.
      if (head && ["partner", "acquire", "sell"].includes(head.cls) && chain.triggers.some((t) => t.cls === "complete" && (t.tense === "noun" || t.aux === "avoir")) && time !== "future") return "completed";
      // « annonce l'ouverture de sa région » reports an opening, unless the opening is still to come.
      // « a annoncé la construction d'un centre … et une mise en service en 2027 »: the opening is the construction's due date.
      const built = chain.triggers.some((t) => t.cls === "build" && head && t.start < head.start);
      const reports = /^(?:annonc|confirm|dévoil)/.test(governing.form) && head?.cls === "open" && head.tense === "noun" && !built;
      if (reports && time !== "future" && !FUTURE.test(scope) && !openingDue(text, head)) return "operational";
      if (head && head !== governing && head.tense === "participle" && /(?<![\p{L}])avoir\s+$/u.test(text.slice(0, head.start))) break;
      return "announced";
    }
    case "complete":
      // « ont signé un accord pour la construction d'un centre », « … pour construire la station », « l'accord d'atterrissement de son câble »: what the deal is for is still to come.
      if (head && ["build", "open", "deliver", "land"].includes(head.cls) && (head.tense === "noun" || head.tense === "infinitive") && /^(?:sign|concl)/.test(governing.form)) return "announced";
      // « a signé l'accord d'atterrissement du câble, … dont la mise en service est prévue en 2027 »: a deal for a thing still to come.
      if (later || (head && ["open", "land"].includes(head.cls) && head.tense === "noun" && FUTURE.test(scope))) return "announced";
      return head && ["build", "open", "deliver"].includes(head.cls) ? "operational" : "completed";
    case "start":
      // « lance la conception-réalisation d'un centre »: a design-and-build contract put out to tender; the works are still to come.
      if (later || chain.triggers.some((t) => t.form === "conception-réalisation")) return "announced";
      // « Les travaux … ont commencé à Bègles, pour une ouverture en 2026 »: building now, opening later.
      if (head?.cls === "build" || chain.triggers.some((t) => t.cls === "build") || /(?<![\p{L}])(?:travaux|chantier)(?![\p{L}])/iu.test(text.slice(0, governing.start))) return "under-construction";
      return chain.triggers.some((t) => t.form === "projet") ? "announced" : "operational";
  }
  // « que X construit depuis le printemps, … qui doit entrer en service fin 2026 »: building now, opening later.
  if (governing.cls === "build" && governing.tense === "present" && head?.cls === "open" && head.start > governing.start) return "under-construction";
  const h = head ?? governing;
  const ht = h === governing ? time : timeOf(h, text.slice(0, h.start));
  const done = ht === "past" || ht === "present";
  switch (h.cls) {
    case "open":
      return done && !(ht === "present" && FUTURE.test(scope)) ? "operational" : "announced";
    case "build":
      return ht === "present" ? "under-construction" : ht === "past" ? "operational" : "announced";
    case "deliver":
      return done ? "operational" : "announced";
    case "land":
      return done ? "under-construction" : "announced";
    case "invest":
      // « investit 2 milliards » is a plan; « entre au capital de X » says the stake is taken.
      return ht === "past" || (ht === "present" && /(?:capital|participation)$/u.test(h.form)) ? "completed" : "announced";
    default:
      return done ? "completed" : "announced";
  }
}

/**
 * Round 35: « Atos a signé avec Microsoft un partenariat pour exploiter… »: a firm between the signing verb and the noun
 * leaves the noun alone in its chain, read as a plan; the partnership signed is the deal done, as « a signé un
 * partenariat avec Microsoft pour exploiter » already reads. « doivent signer un partenariat » stays announced.
 */
export const signedDeal = (kind: string, governing: Trigger, text: string): boolean =>
  kind === "partnership" && governing.cls === "partner" && governing.tense === "noun" && SIGNED_BEFORE.test(text.slice(Math.max(0, governing.start - 90), governing.start));
const SIGNED_BEFORE = /(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:signé|conclu|noué)\s+avec\s+[^.;]{1,60}?\s(?:un|une|le|la|l')\s*(?:[\p{L}-]+\s+)?$/iu;

/**
 * Round 37: « a annoncé l'ouverture d'une région à Stockholm, en Suède, au premier semestre 2026 », « l'ouverture au printemps
 * d'une zone »: a season, half-year or quarter after the noun dates the opening, so it is still to come; one between the verb
 * and the noun (« a annoncé au printemps l'ouverture ») dates the announcement. Read to the end of the clause, a relative aside.
 */
const OPENING_DUE = /(?<![\p{L}])(?:au|à\s+la|à\s+l'|à|en|d'ici\s+la|d'ici\s+l')\s*(?:(?:premier|second|deuxième|troisième|quatrième|1er|2e|3e|4e)\s+)?(?:semestre|trimestre|printemps|été|automne|hiver|rentrée)(?![\p{L}])/iu;
const openingDue = (text: string, head: Trigger | undefined): boolean =>
  !!head && OPENING_DUE.test(text.slice(head.end).split(/[.;]|(?<![\p{L}])(?:qui|dont|où|tandis|alors|et)(?![\p{L}])/u)[0]);

/**
 * The trigger a deal's partners follow: a signing verb (« a signé un accord avec Y »), or, round 38, the signing noun under an
 * announcing verb (« X a annoncé la signature d'un accord / d'un contrat d'achat d'électricité avec Y »), which reports the deal
 * signed as « annoncent la signature d'un partenariat » does; a signing still to come (« la signature prochaine ») is none.
 */
export function signingTrigger(chain: Chain, governing: Trigger, plain: string): Trigger | undefined {
  if (governing.cls === "complete" && governing.tense !== "noun") return governing;
  if (governing.cls !== "announce") return undefined;
  const signing = chain.triggers.find((t) => t.cls === "complete" && t.form === "signature" && t.start > governing.end);
  return signing && !/^\s*(?:prochaine|future|attendue|prévue|à venir)(?![\p{L}])/iu.test(plain.slice(signing.end)) ? signing : undefined;
}
