import type { AnnouncementData } from "../../model/schema/announcement";
import { FUTURE, eventYears, sitedAt } from "./announcement-clues";
import { type AnnouncementProposals, type Draft, FACILITY_KINDS, finishDrafts } from "./announcement-drafts";
import { readSentence } from "./announcement-events";
import { withoutFeedTitle, withoutSpeaker } from "./announcement-feeds";
import { FIRST_PART, announcementAmounts, announcementCapacities } from "./announcement-figures";
import { REGIONAL, WITHIN_TOWN, datelineOf, withoutDateline } from "./announcement-places";
import { type AnnouncementRegistry, type Mention, mentionFinder } from "./announcement-mentions";
import { AN_OBJECT, BACKGROUND, COMPANY_ANAPHOR, DATED_ENTRY, EXISTING, FACILITY_SUBJECT, INTRODUCED_BODY, NEW_FACILITY, ONE_FIRM, REFERENCE, SUPPLIES, THAT_ONE, THE_LATTER_WORDS, isSubject, namedSubject, spokenFor, subjectPlace, tagCompanies, unknownNamedSubject } from "./announcement-subject";
import { seriesPlace } from "./announcement-series";
import { placeReading } from "./announcement-placing";
import { projectOwner } from "./announcement-topic";
import { landBuyer, landSale } from "./announcement-land";
import { byOthers, passiveBuyer } from "./announcement-passive";
import { foldPronounObject } from "./announcement-pronoun";
import { permitHolder, permitReading } from "./announcement-permits";
import { advancedFacility, dateOfFacility, stageOf } from "./announcement-stages";
import { isContractors, isSuppliersFacility, isSuppliersWorks, supplyForFacility } from "./announcement-supply";
import { findTriggers } from "./announcement-verbs";
import { CLAIM, PRICE_SUBJECT, PRICE_TARGET, RESOLVED, TALLY } from "./announcement-clauses";
import type { SiteRef } from "./announcement-sites";
import { splitSentences } from "./sentences";
import { foldSums } from "./announcement-sums";
import { foldRetold } from "./announcement-retold";
import { connectiveOnly } from "./announcement-connectives";
import { projectBefore } from "./announcement-project";
import { dealForFacilityBefore } from "./announcement-signed";
import { costOfFacilityBefore, facilityOfSubject } from "./announcement-cost";
import { withoutOwners } from "./announcement-owners";
import { withoutAsides } from "./announcement-asides";
import { contrastClauses } from "./announcement-contrast";
import { grantReadings } from "./announcement-allocation";
import { recipientReadings } from "./announcement-recipient-power";

export type { AnnouncementProposals } from "./announcement-drafts";
export type { AnnouncementRegistry } from "./announcement-mentions";
export { FACILITY_CODE, type SiteRef } from "./announcement-sites";

export type AnnouncementInput = {
  /** The cleaned Markdown body. */
  body: string;
  /** The article's resolved entities (slugs of `registry`). */
  companies: readonly string[];
  countries: readonly string[];
  places: readonly string[];
  registry: AnnouncementRegistry;
  sites?: readonly SiteRef[];
};

const SUBJECT_REACH = 2; // how many sentences back « il » or « le groupe » may still point to a named firm
const MILESTONE = new Set(["open", "build", "deliver", "land", "start"]);
/** « L'accord », « le contrat »: a sentence about the deal itself, whose sum is the deal's. */
/** « dans la première phase »: the sum goes to a stage of what the sentence before named, not to a new object. */
const ITS_STAGE = /^\s*(?:dans|pour)\s+(?:la|le|sa|son)\s+(?:premier|première)\s+(?:phase|tranche)(?![\p{L}])/iu;
/** « pour un bâtiment de 2 MW »: what a sum pays for, a facility. */
const INTO_ONE = /^\s*,?\s*(?:pour|dans)\s+(?:un|une)\s+(?:bâtiment|centre|campus|site|datacenter)(?![\p{L}])/iu;
const DEAL_SUBJECT = /^\s*(?:l'|le\s+|la\s+|ce\s+|cet\s+|cette\s+)(?:accord|contrat|partenariat|convention|protocole|coentreprise|alliance|opération)(?![\p{L}])/iu;

/**
 * The announcements an article's body states, sentence by sentence: who (the
 * subject company, or the one « il » points back to), what (the verb's class
 * and object), in what state (the tense), where (the place or country of the
 * same clause, never a venue or a headquarters), how much and how big. A
 * sentence that only adds a figure to the previous one adds it there. A field
 * the text does not give stays empty.
 */
export function proposeAnnouncements(input: AnnouncementInput): AnnouncementProposals {
  const { body, registry } = input;
  const find = mentionFinder(registry, input);
  const sentences = splitSentences(body);
  const plain = (i: number) => sentences[i].text.replace(/’/g, "'");
  const drafts: Draft[] = [];
  const contributed: number[][] = [];
  const strangers = new Set<number>(); // sentences whose subject is a name the registry lacks: they end the thread
  const kinds = new Map<string, AnnouncementData["kind"]>();
  let subject: { by: string[]; at: number; lead?: string[] } | undefined;
  let lastNamed: string | undefined;
  let dateline: { slug: string; paragraph: number } | undefined;
  const located = (mentions: Mention[], text: string) =>
    mentions.filter((m) => (m.kind === "place" || m.kind === "country") && sitedAt(text, m.start));
  const countryOf = (m: Mention) => (m.kind === "place" ? registry.places.get(m.slug)?.country : m.slug);

  sentences.forEach((sentence, i) => {
    const text = withoutSpeaker(withoutFeedTitle(withoutDateline(sentence.text)));
    // The sentence with its apostrophes made plain, as the patterns are written (one character for one: offsets hold in both).
    const clean = text.replace(/’/g, "'");
    const amounts = announcementAmounts(text);
    const mentions = find(text).filter((m) => !amounts.some((a) => m.start < a.end && a.start < m.end));
    if (datelineOf(text, mentions)) dateline = { slug: datelineOf(text, mentions)!, paragraph: sentence.paragraph };
    const stranger = unknownNamedSubject(text, mentions) && !!strangers.add(i); // « Telecom Egypt a annoncé qu'elle… »: « elle » is no firm named before
    let readings = REFERENCE.test(text) || CLAIM.test(clean) || PRICE_TARGET.test(clean) || TALLY.test(clean) ? [] : contrastClauses(text, mentions).flatMap((c) => readSentence(c.text, { registry, mentions: c.mentions, articleCompanies: input.companies, kinds })).filter((r) => !(stranger && r.carried));
    readings = readings.map((r) => (r.place || r.country ? r : { ...r, ...seriesPlace(text, mentions, registry, r.why) })).map((r) => landSale(supplyForFacility(passiveBuyer(r, text, mentions, registry), text, mentions), text, mentions, registry)).filter((r) => !isSuppliersWorks(r, text) && !isSuppliersFacility(r, text, mentions) && !isContractors(r, text, () => subject?.by ?? find(body.slice(0, sentence.start)).flatMap((m) => (m.kind === "company" ? [m.slug] : []))) && !(r.carried && RESOLVED.test(text)) && !connectiveOnly(r.by, text, mentions));
    readings = recipientReadings(grantReadings(withoutAsides(withoutOwners(foldPronounObject(readings, text), text), text), text, mentions), text, mentions, registry);
    const tagged = tagCompanies(clean, mentions), own = tagged.filter((c) => !c.governed);
    const head = clean.slice(0, 70);
    // The anaphor must be the subject: « L'Irlande a dû suspendre les nouveaux projets », « Nous proposons que les centres… » speak of others.
    const subjectAt = (re: RegExp) => isSubject(re, head, mentions);
    // « Réalisé pour un coût de 1,8 milliard de dinars au pôle de Haï Essabah, le centre hébergera… »: the subject after a participle's phrase.
    const afterLead = /^\s*\p{Lu}\p{Ll}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us)\s/u.test(text) && [...text.slice(0, 200).matchAll(/,/g)].some((c) => FACILITY_SUBJECT.exec(clean.slice(c.index! + 1, c.index! + 60))?.index === 0);
    // « Le groupe exploite depuis 2022 trois campus, à El Burgo de Ebro… » (BACKGROUND) adds nothing to what it announced.
    // « Hebergix construira… Nous y investissons 9 millions pour 3 MW »: in the one firm's own post, « nous » is that firm.
    const we = /^\s*nous\s/iu.test(text) && input.companies.length === 1 && !!subject?.by.includes(input.companies[0]);
    const refersBack = !own.length && (subjectAt(COMPANY_ANAPHOR) || subjectAt(FACILITY_SUBJECT) || PRICE_SUBJECT.test(clean) || afterLead || we) && !BACKGROUND.test(text) && !DATED_ENTRY.test(text) && !INTRODUCED_BODY.test(text) && !stranger && !RESOLVED.test(text) && !TALLY.test(clean) && !/^\s*[«“]/u.test(text);
    // « Ce dernier » is the firm named last, not the subject of the sentence before.
    const latest = THE_LATTER_WORDS.test(head);
    contributed[i] = [];

    // The sentence just before, in the same paragraph or ending the one before (« Le projet, évalué à… » often opens the next): no intertitle between.
    const adjacent = i > 0 && (sentences[i - 1].paragraph === sentence.paragraph || !body.slice(sentences[i - 1].end, sentence.start).includes("#"));
    // A sentence that announced nothing, in the paragraph of the one before it (« Cinq bâtiments sont prévus… ») does not break the thread.
    const previous = !adjacent || strangers.has(i - 1) ? [] : contributed[i - 1].length || i < 2 || sentences[i - 2].paragraph !== sentences[i - 1].paragraph ? contributed[i - 1] : contributed[i - 2];
    if (adjacent && !contributed[i - 1].length) readings = readings.map((r) => projectBefore(r, text, sentences[i - 1].text)).filter((r) => !dealForFacilityBefore(r, text, sentences[i - 1].text));
    // A reading with no firm (« a accordé à la société X l'autorisation … à la construction d'un campus ») gives way to the permit's holder.
    const permit = readings.some((r) => r.by.length) ? undefined : permitReading(text, mentions, registry);
    // The firmless reading it replaces keeps the sentence's own size and sum (« d'un campus de 120 mégawatts »).
    if (permit) readings = [readings.length === 1 ? { ...permit, ...(readings[0].mw !== undefined ? { mw: readings[0].mw } : {}), ...(readings[0].amount ? { amount: readings[0].amount } : {}) } : permit];
    // « ADS prévoit une mise en service du centre au premier semestre 2026 »: the date of the facility drafted before, not a new one.
    const dated = readings.length === 1 ? dateOfFacility(readings[0], text, drafts, readings[0].carried ? subject?.by : undefined) : undefined;
    if (dated !== undefined) {
      contributed[i] = [dated];
      return;
    }
    // « Le chantier a commencé en février », « une deuxième phase … pourrait suivre »: the next stage of a facility drafted before.
    const stage = readings.length || own.some((c) => !/d(?:e\s+|u\s+|')$/u.test(text.slice(Math.max(0, c.start - 3), c.start))) ? undefined : stageOf(text, i, drafts, mentions, SUBJECT_REACH);
    const advanced = stage && advancedFacility(stage, drafts, i, adjacent && sentences[i - 1].paragraph === sentence.paragraph);
    if (stage && advanced !== undefined) {
      const target = drafts[advanced];
      (target.status = "under-construction"), (target.last = i);
      if (stage.year && !target.year) target.year = stage.year;
      target.why.push("statut : travaux commencés, dits dans la phrase suivante (« le chantier a commencé »)");
      contributed[i] = [advanced];
      return;
    }
    if (stage) {
      drafts.push(stage);
      contributed[i] = [drafts.length - 1];
      return;
    }
    // « Le conseil a approuvé un investissement de 12 millions pour ce bâtiment de 2,5 MW, qui doit entrer en service en 2027 »: the figures of the facility just announced.
    const that = previous.length === 1 && !own.length && readings.length === 1 && readings[0].carried && !readings[0].place ? drafts[previous[0]] : undefined;
    // « La Collectivité a choisi X pour construire le futur centre… X y investira 22 millions pour un bâtiment de 2 MW »: its figures too, when the facility had none.
    const intoIt = !!that && readings[0].there && !!readings[0].amount && that.amount === undefined && that.mw === undefined && INTO_ONE.test(text.slice(readings[0].amount.end));
    if (that && that.kind === readings[0].kind && (intoIt || THAT_ONE.test(clean))) {
      const { amount, mw, year } = readings[0];
      const added: string[] = [];
      if (amount && !that.amount) (that.amount = amount), added.push("montant");
      if (mw !== undefined && that.mw === undefined) (that.mw = mw), added.push("puissance");
      if (year && !that.year) (that.year = year), added.push("année");
      if (added.length) (that.last = i), that.why.push(`${added.join(", ")} tiré(s) de la phrase suivante (« ce bâtiment »…)`);
      contributed[i] = [previous[0]];
      return;
    }
    // « Le bâtiment, d'une puissance de 8 MW, … » after a sentence that drafted nothing: the one facility of the subject named just before.
    const back = previous.length || !adjacent || !refersBack || !subject || i - subject.at > 1 ? previous : facilityOfSubject(drafts, text, subject.by);
    if (refersBack && back.length === 1) {
      const target = drafts[back[0]];
      // « Le site sera à Calatorao » narrows « en Aragon »; « les sites seront à Calatorao, à La Muela et… » are several new ones.
      const towns = new Set(located(mentions, text).filter((m) => m.kind === "place" && !REGIONAL.test(registry.places.get(m.slug)?.kind ?? "")).map((m) => m.slug));
      const refines = (place?: string, country?: string) =>
        !!place && towns.size <= 1 && (country === target.country || (!target.country && !target.place)) && (!target.place || REGIONAL.test(registry.places.get(target.place)?.kind ?? ""));
      // « dans la zone industrielle de Sidi Salem » after « à Sfax »: an area of the same town (the importer gives it the town's point).
      const spot = (slug?: string) => (slug ? registry.places.get(slug) : undefined);
      const inside = (place?: string) => WITHIN_TOWN.test(spot(place)?.kind ?? "") && spot(place)?.lat === spot(target.place)?.lat && spot(place)?.lon === spot(target.place)?.lon;
      // « L'opérateur y a investi 40 millions de dinars » after its new centre: the cost of that centre, not a second announcement.
      const costOf = (r: (typeof readings)[number]) =>
        r.kind === "investment" && !!r.amount && !target.amount && !r.place && (!r.country || r.country === target.country) && FACILITY_KINDS.has(target.kind) &&
        (r.there || FACILITY_SUBJECT.test(head) || (r.carried && (!AN_OBJECT.test(text.slice(r.amount.end)) || ITS_STAGE.test(text.slice(r.amount.end))))) && !FIRST_PART.test(sentences[target.first].text) &&
        // « a ouvert une zone … Le fournisseur prévoit d'y installer 2 000 GPU, pour un investissement de 50 millions »: a sum still to spend in what is open is a further investment.
        !(target.status === "operational" && r.status === "announced" && !ITS_STAGE.test(text.slice(r.amount.end)));
      const fresh = readings.filter((r) => !costOf(r)).filter((r) => r.standalone || (r.country && r.country !== target.country && !refines(r.place, r.country)) || (r.place && r.place !== target.place && !refines(r.place, r.country) && !inside(r.place)));
      if (!fresh.length) {
        const added: string[] = [];
        // « Le site, ouvert en 2019, compte 6 MW » after its purchase: the figures of what exists, not of what is announced.
        // « Ils ont signé un partenariat pour financer l'extension… Le projet représente 300 millions »: the project's cost, not the deal's.
        const ofTheDeal = target.kind !== "partnership" || DEAL_SUBJECT.test(head);
        const amount = readings.find(costOf)?.amount ?? (EXISTING.test(text) || !ofTheDeal ? undefined : amounts[0]);
        const mw = EXISTING.test(text) ? undefined : announcementCapacities(text)[0]?.mw;
        // « Le site pourra atteindre 50 MW d'ici 2027 » after a 5 MW opening: a further stage, announced, of the same site, with the sum the sentence gives.
        if (mw !== undefined && target.mw !== undefined && mw !== target.mw && FUTURE.test(clean)) {
          const year = eventYears(clean)[0]?.year;
          const { amount: _a, year: _y, ...same } = target;
          drafts.push({ ...same, status: "announced", mw, ...(amount ? { amount } : {}), ...(year ? { year } : {}), first: i, last: i, why: ["étape annoncée d'un même site : puissance visée par la phrase, le reste tiré de la phrase précédente"] });
          contributed[i] = [drafts.length - 1];
          return;
        }
        if (amount && !target.amount) (target.amount = amount), added.push("montant");
        // « investira 300 millions dans la première phase, prévue pour la fin de 2026 »: what was « opened » is yet to come.
        const due = ITS_STAGE.test(text.slice(amount?.end ?? text.length)) && FUTURE.test(text) ? eventYears(clean)[0]?.year : undefined;
        if (due && target.status === "operational") (target.status = "announced"), (target.year ??= due), added.push("statut et année de sa première phase");
        if (mw !== undefined && target.mw === undefined) (target.mw = mw), added.push("puissance");
        const year = eventYears(clean)[0]?.year;
        if (year && !target.year && findTriggers(text).some((t) => MILESTONE.has(t.cls))) (target.year = year), added.push("année");
        const place = located(mentions, text).find((m) => m.kind === "place" && refines(m.slug, countryOf(m)));
        if (place) (target.place = place.slug), (target.country ??= countryOf(place)), added.push("lieu");
        if (added.length) {
          target.last = i;
          target.why.push(`${added.join(", ")} tiré${added.length > 1 ? "s" : ""} de la phrase suivante, qui reprend le même objet`);
        }
        contributed[i] = [back[0]];
        // « Le projet… », « L'entreprise… » still speaks of the same firm: « elle » in the next sentence is it too.
        if (subject) subject = { ...subject, at: i };
        return;
      }
      readings = fresh;
    }

    for (const r of readings) {
      let by = r.by;
      const why = [...r.why];
      if (r.carried && latest && lastNamed) {
        by = [lastNamed];
        why.push("entreprise : « ce dernier » renvoie à la dernière nommée dans la phrase précédente");
      } else if (r.carried && (!subject || i - subject.at > SUBJECT_REACH)) {
        if (NEW_FACILITY.test(head) && r.place && FACILITY_KINDS.has(r.kind) && r.kind !== "other") {
          // « Le nouveau datacentre de l'Université… est entré en service à X », no firm in reach: a facility no firm is said to build.
          (by = []), why.push("aucune entreprise : une installation nouvelle dont la phrase ne nomme pas d'entreprise");
        } else {
          // « Nous avons mis en service… » in a firm's own post or release: the one firm the article names, unless it is the subject next door.
          // « Nous prévoyons de construire… » in an operator's FAQ, « RTE raccordera le campus » further down: a firm the page speaks of in the third person is not « nous ».
          const third = [i - 1, ...sentences.keys()].filter((j) => j === i - 1 || j > i).some((j) => sentences[j] && tagCompanies(plain(j), find(sentences[j].text)).some((c) => !c.governed && c.slug === input.companies[0]));
          if (!/^\s*nous\s/iu.test(text) || input.companies.length !== 1 || third) continue;
          (by = [...input.companies]), why.push("entreprise : « nous », la seule que l'article nomme");
        }
      } else if (r.carried && subject!.lead && (ONE_FIRM.test(head) || /^\s*nous\s/iu.test(text))) {
        // « Telehouse a signé avec EDF un contrat… Nous prévoyons d'investir… »: the deal's subject, not the firm it signed with.
        (by = subject!.lead), why.push("entreprise : le sujet de l'accord de la phrase d'avant, non la firme « avec » qui il est signé");
      } else if (r.carried && subject!.by.length > 1 && ONE_FIRM.test(head)) {
        // « Orange et MTN y achèteront de la capacité. L'opérateur public construira… »: one firm is not the two just named.
        continue;
      } else if (r.carried) {
        // « Le groupe a signé avec EDF un contrat »: the firm « le groupe » stands for, and the one it signed with.
        by = r.kind === "partnership" ? [...new Set([...subject!.by, ...r.by])] : subject!.by;
        why.push(`entreprise reprise de la phrase ${i - subject!.at === 1 ? "précédente" : "d'avant"} (« il », « le groupe »…)`);
      }
      const { place, country } = placeReading(r, by, why, { registry, sentences, find, located, text, i, adjacent, introduced: subject?.at === i - 1 && !contributed[i - 1].length, previous, drafts, places: input.places, dateline: dateline?.paragraph === sentence.paragraph ? dateline.slug : undefined });
      // « X a déposé un permis pour un centre… X prévoit d'y investir 150 millions »: that centre's cost.
      if (previous.length === 1 && costOfFacilityBefore({ ...r, by, place, country }, drafts[previous[0]], i) && contributed[i].push(previous[0])) continue;
      const { carried: _c, standalone: _s, there: _t, why: _w, ...fields } = r;
      drafts.push({ ...fields, by, place, country, first: i, last: i, why });
      if (FACILITY_KINDS.has(fields.kind)) for (const b of by) kinds.set(b, fields.kind);
      contributed[i].push(drafts.length - 1);
    }
    lastNamed = mentions.filter((m) => m.kind === "company").at(-1)?.slug;
    const named = landBuyer(text, mentions) ?? permitHolder(text, mentions) ?? readings.find((r) => !r.carried && !byOthers(r))?.by ?? (own.length && !SUPPLIES.test(text.slice(own.at(-1)!.end)) ? namedSubject(text, own, text.length) : []);
    const lead = named.length > 1 && readings.some((r) => r.kind === "partnership") ? named.filter((b) => own.some((c) => c.slug === b)) : [], topic = named.length ? undefined : projectOwner(clean, tagged);
    if (named.length || topic || INTRODUCED_BODY.test(text) || stranger) subject = named.length ? { by: named, at: i, ...(lead.length && lead.length < named.length ? { lead } : {}) } : topic ? { by: [topic], at: i } : undefined;
    else if (subject && (refersBack || readings.length || spokenFor(text, mentions, subject.by))) subject = { ...subject, at: i };
  });
  return finishDrafts(foldSums(foldRetold(drafts, registry, plain), plain), input, sentences, find);
}
