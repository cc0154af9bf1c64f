import type { AnnouncementKind } from "../../model/schema/announcement";
import type { AmountMention } from "./amounts";
import { mergeApposedState } from "./announcement-apposition";
import { extensionThenBuild, oneExtension } from "./announcement-extension";
import { fundRaise, fundStake } from "./announcement-stake";
import { passiveReading } from "./announcement-signed";
import { namedParts } from "./announcement-parts";
import { chainsOf, headOf, isHead, signedDeal, signingTrigger, statusOf } from "./announcement-chains";
import { type FacilityNoun, cableAsLink, eventYears, facilityNouns } from "./announcement-clues";
import { announcementAmounts, announcementCapacities, shareFigures } from "./announcement-figures";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { type Located, placeGroups, placeOf } from "./announcement-places";
import { ANOTHER_FACILITY, COMPANY_ANAPHOR, FACILITY_SUBJECT, builderOf, companiesAfter, dealWith, insideQuote, isObject, namedSubject, ownerOf, subsidiaryMeant, tagCompanies } from "./announcement-subject";
import { CANCELLED_STAGE, LAND_BOUGHT, OF_THE, OPERATOR_AGENT, REFUSED_PERMIT, REPORTED, RESOLVED, SIZED_GAP, TARGET, THERE_PRONOUN } from "./announcement-clauses";
import { unstated } from "./announcement-unstated";
import { recalled } from "./announcement-recalled";
import { atSpeechOccasion } from "./announcement-ceremony";
import { clauseCountry } from "./announcement-nationality";
import { dealRecipient, withDealPlace } from "./announcement-recipient";
import type { Reading } from "./announcement-reading";
import { EXTEND, MODALS, SOFT_BUILD, type Trigger, findTriggers } from "./announcement-verbs";


/** « anciens cadres d'Orange », « un ancien d'OVHcloud »: the firm people used to work for. */
const FORMER_OF = /(?<![\p{L}])(?:ancien|ancienne|anciens|anciennes|ex-?\p{L}+)\s+(?:[\p{L}-]+\s+){0,2}(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+)$/iu;

export type SentenceContext = {
  registry: AnnouncementRegistry;
  mentions: Mention[];
  /** The article's companies (slugs). */
  articleCompanies?: readonly string[];
  /** The kind of facility each firm was last said to open or build, for « d'autres ouvertures ». */
  kinds?: ReadonlyMap<string, AnnouncementKind>;
};

/**
 * The announcements one sentence states: for each statement (a chain of
 * trigger words), its subject, kind, status, and the place, amount, capacity
 * and year of its own clause; a list of places gives one announcement each.
 */
export function readSentence(text: string, { registry, mentions, articleCompanies = [], kinds }: SentenceContext): Reading[] {
  const plain = text.replace(/’/g, "'");
  const companies = tagCompanies(plain, mentions);
  const facilities = facilityNouns(plain);
  const chains = chainsOf(plain, findTriggers(plain), companies, facilities);
  const amounts = announcementAmounts(plain);
  const capacities = announcementCapacities(plain);
  const siteTotals = announcementCapacities(plain, { siteTotal: true });
  const years = eventYears(plain);
  const readings: Reading[] = [];
  let costBefore: { cost: AmountMention; at: number } | undefined;
  chains.forEach((whole, i) => {
    // « agrandir son centre », « développer un campus »: an extension verb counts only with its facility as object;
    // « s'étend sur 5 hectares », « étendre ses capacités de cloud » leave the rest of the statement (« va dépenser… »).
    const soft = (t: Trigger) =>
      SOFT_BUILD.test(t.form) && (/(?<![\p{L}])s'\s*$/iu.test(plain.slice(0, t.start)) || !facilities.some((f) => f.start >= t.end && f.start - t.end < 60 && isObject(plain.slice(t.end, f.start), t.form.endsWith("réalisation"))));
    const chain = { ...whole, triggers: whole.triggers.filter((t) => !soft(t) && !atSpeechOccasion(plain, t) && !recalled(plain, t)) };
    if (!chain.triggers.length) return;
    const scopeStart = i === 0 ? 0 : Math.max(chains[i - 1].end, plain.lastIndexOf(",", chain.start) + 1);
    // A clause ends at the comma before the next statement, or at the next statement itself.
    const next = chains[i + 1];
    const comma = next ? plain.lastIndexOf(",", next.start) : -1;
    const scopeEnd = !next ? plain.length : comma > chain.end ? comma : next.start;
    const scope = plain.slice(scopeStart, scopeEnd);
    const head = headOf(chain, plain);
    const governing = chain.triggers.find((t) => t.tense !== "noun") ?? chain.triggers[0];
    const after = facilities.filter((f) => f.start >= chain.start && f.end <= scopeEnd);
    const cancel = chain.triggers.some((t) => t.cls === "cancel");
    const nounOnly = chain.triggers.every((t) => t.tense === "noun");
    // « les campus d'AWS et un projet de Microsoft »: a noun's facility is its complement, after it.
    // « une sous-station que RTE construit », « du centre de données que X construit »: a relative clause builds the noun before « que ».
    // (« a indiqué qu'un centre ouvrira » is no relative: its facility is the subject, after « qu' ».)
    const que = after.length ? -1 : plain.slice(0, chain.start).search(/(?<![\p{L}])qu(?:e\s|')[^,;]{0,60}$/u);
    const relative = que >= 0 && !facilities.some((f) => f.start > que && f.end <= chain.start) ? que : -1;
    const facility: FacilityNoun | undefined =
      after[0] ?? (nounOnly ? undefined : relative >= 0 ? facilities.find((f) => f.end <= relative && (relative - f.end <= 3 || (SIZED_GAP.test(plain.slice(f.end, relative)) && REFUSED_PERMIT.test(plain.slice(0, f.start))))) : facilities.find((f) => f.start >= scopeStart && f.end <= scopeEnd));
    // « Le projet représente… », « les investissements »: a noun refers back unless it is new (« un projet de… »).
    // « le permis de construire », « la première pierre » state a step even with a definite article.
    const step = chain.triggers.some((t) => ["permis de construire", "première pierre"].includes(t.form));
    // « la construction d'un centre de données » is new too: the facility it names is.
    const newObject = /^\s*(?:d'un|d'une|de\s+(?:deux|trois|quatre|cinq|plusieurs|nouveaux|nouvelles))\s/iu.test(plain.slice(chain.end, chain.end + 30));
    // « son centre, un bâtiment de 12 mégawatts qui a représenté un investissement de 95 millions »: the cost (and size) of what was just read (298 of held-out-14).
    const costOf = nounOnly && !!readings.length && /,\s*(?:un|une)\s+[^,;]{0,40}\squi\s+(?:a\s+)?(?:représent|coût)\p{L}*\s+(?:un|une)\s+$/iu.test(plain.slice(Math.max(0, chain.start - 80), chain.start));
    if (costOf && readings.at(-1)!.mw === undefined) readings.at(-1)!.mw = siteTotals.find((c) => c.start >= scopeStart && c.end <= chain.start)?.mw;
    if (nounOnly && !step && !newObject && (costOf || !/(?:^|\s)(?:un|une|des|d'un|d'une|d'autres|de nouvelles|de nouveaux)\s+(?:[\p{L}-]+\s+)?$/iu.test(plain.slice(Math.max(0, chain.start - 30), chain.start)))) {
      // « …, au terme de deux ans de travaux et d'un investissement de 14 millions d'euros »: the cost of the statement just read.
      // « 28 millions d'euros d'investissement » names the sum before its noun; said before the statement (« Après deux ans de
      // travaux et 80 millions d'euros d'investissement, X a mis en service… »), it is the cost of the one that follows.
      const last = readings.at(-1);
      const invest = chain.triggers.find((t) => t.cls === "invest");
      const cost = !invest ? undefined : (amounts.find((a) => a.start >= scopeStart && a.end <= invest.start && /^\s*d'\s*$/u.test(plain.slice(a.end, invest.start))) ?? amounts.find((a) => a.start > chain.start && a.end <= scopeEnd));
      const ownEnd = !cost || cost.end > invest!.start ? scopeEnd : Math.min(scopeEnd, ...[plain.indexOf(",", invest!.end)].filter((x) => x >= 0));
      if (!cost || companies.some((c) => c.start >= scopeStart && c.end <= ownEnd)) return;
      if (last && !last.amount) (last.amount = cost), last.why.push("montant : le coût dit à la suite");
      else if (!last && !readings.length) costBefore = { cost, at: readings.length };
      return;
    }
    // « le site doit chauffer 6 000 logements »: a modal before a verb the lexicon does not name announces nothing, unless its object is a new facility (« compte y adosser une nouvelle région »).
    if (!head && chain.triggers.every((t) => MODALS.has(t.form)) && !(facility?.isNew && facility.start > chain.end && facility.start - chain.end < 40)) return;
    // « forment sa région », « signe un contrat »: completing or starting nothing the lexicon names is no announcement.
    // « La Natcom a signé avec Digicel un accord », « a conclu un contrat avec X »: a deal between named firms.
    // « a signé avec Equinix un accord pour la construction d'un centre »: the contract is for the next statement, which is the announcement.
    const forNext = !!next && /(?:accord|convention|contrat|protocole)\s+(?:pour|de|d'|portant sur)\s+(?:la\s+|le\s+|l')?$/iu.test(plain.slice(0, next.start));
    const signing = signingTrigger(chain, governing, plain);
    const deal = !head && !forNext && signing ? dealWith(plain, companies, signing.end, scopeEnd, namedSubject(plain, companies, governing.start)) : [];
    if (!head && ["complete", "start"].includes(governing.cls) && !deal.length && !chain.triggers.some((t) => t.form === "projet")) return;
    // « NTT DATA annonce que sa filiale construira… »: the announcing verb reports the next statement, which is the announcement.
    if (!head && governing.cls === "announce" && next && /^\s*(?:qu'|que\s)/iu.test(plain.slice(chain.end)) && next.start - chain.end < 90) return;
    // « « Nous ne voulons plus perdre un projet » »: a project a speaker names in passing, inside a quote, is none.
    if (nounOnly && insideQuote(plain, chain.start)) return;
    // « où un autre projet de centre de données n'a jamais vu le jour »: a project said never to have happened.
    if (nounOnly && /(?<![\p{L}])n'(?:a|ont|avait|avaient)\s+(?:jamais|pas)\s/iu.test(plain.slice(chain.end, scopeEnd))) return;
    // « investira 250 millions dans un troisième bâtiment »: the sum is the cost of a new facility, which is the announcement.
    const intoFacility = head?.cls === "invest" && facility && facility.start > head.end && (facility.indefinite || facility.isNew) &&
      /(?<![\p{L}])(?:dans|pour)\s+(?:un|une)\s+(?:[\p{L}-]+\s+)?$/iu.test(plain.slice(head.end, facility.start));
    // « agrandir son centre, pour un investissement de… »: extending what exists is an investment in it; « développer un campus » builds.
    const extending = chain.triggers.some((t) => t.cls === "invest") && chain.triggers.every((t) => !["build", "open"].includes(t.cls) || EXTEND.test(t.form));
    // « d'autres ouvertures sont prévues aux États-Unis »: more of what the same firm was just said to open (its kind, once `by` is known).
    const more = !facility && !!head && ["open", "build"].includes(head.cls) && head.tense === "noun" && /(?:d'autres|de nouvelles|de nouveaux|(?:deux|trois|quatre) autres)\s+$/iu.test(plain.slice(0, head.start));
    let kind: AnnouncementKind;
    if (head?.cls === "partner" || deal.length) kind = "partnership";
    else if (head?.cls === "acquire" || head?.cls === "sell") kind = "acquisition";
    // « le permis de construire d'un bâtiment…, un investissement de » is about the building; its cost is a figure.
    else if ((head?.cls === "invest" || extending) && (extending || !chain.triggers.some((t) => ["build", "open"].includes(t.cls))) && !step && !intoFacility) kind = "investment";
    else if (facility) kind = facility.kind;
    else if (head?.cls === "land" && !cableAsLink(plain.slice(0, head.start))) kind = "cable";
    else if (more) kind = "other";
    // « renonçait à la seconde tranche prévue à Villebon »: a stage given up is a project cancelled.
    else if (chain.triggers.some((t) => t.cls === "build") || (cancel && (chain.triggers.some((t) => t.form === "projet") || CANCELLED_STAGE.test(plain.slice(chain.end, chain.end + 40))))) kind = "other";
    else return;
    // What is bought is the verb's object, not what a purpose clause goes on to name (« un terrain pour y construire un centre »).
    // « a signé un accord pour racheter 100 % de X »: the object follows the buying verb, not the wrapper.
    const buying = kind === "acquisition" && head ? head : governing;
    const objectEnd = Math.min(scopeEnd, ...[plain.slice(buying.end).search(/\s(?:pour|afin d)[\s'](?!\s*\d)/u)].filter((x) => x >= 0).map((x) => buying.end + x));
    if (kind === "acquisition" && !companies.some((c) => c.start > buying.end && c.end <= objectEnd) && (!TARGET.test(plain.slice(buying.end, objectEnd)) || LAND_BOUGHT.test(plain.slice(buying.end, objectEnd)))) return;
    if (unstated(plain, governing, companies, kind === "acquisition", next)) return;

    const why = [`verbe : « ${chain.triggers.map((t) => t.form).join(" … ")} »`];
    const owner = ownerOf(plain, companies, nounOnly ? chain.start : scopeStart, scopeEnd);
    const agent = owner?.slugs ?? [];
    // « un centre de données construit par l'hébergeur toulousain Occitanie Data »: a builder described as an operator runs what it builds (362 of held-out-17).
    const operates = !!owner && OPERATOR_AGENT.test(plain.slice(0, owner.start));
    let by = (nounOnly || operates) && agent.length ? agent : builderOf(plain, companies, chain.start, nounOnly);
    const subjectZone = plain.slice(0, chain.start);
    let carried = false;
    // « Le câble, financé par Meta, doit atterrir », « Le consortium mené par Orange et China Mobile a achevé… »
    // « Le ministre a procédé à la pose de la première pierre du datacenter, un ouvrage réalisé par Sénégal Numérique »: with no firm before, the one it is built by
    // (« installés dans les centres de données de Swisscom » names an owner, not who builds).
    if (!by.length && agent.length && (FACILITY_SUBJECT.test(subjectZone) || owner!.start < chain.start || (!companies.some((c) => c.start < chain.start) && !COMPANY_ANAPHOR.test(subjectZone) && /\spar\s+(?:\S+\s+){0,3}$/u.test(plain.slice(0, owner!.start))))) by = agent;
    const recipient = by.length ? undefined : dealRecipient(plain, companies, mentions, registry, chain.start);
    if (recipient) (by = [recipient.slug]), why.push(recipient.why);
    // « L'opération donne…, et elle intervient dans un marché où les petits opérateurs… peinent à financer »: a subject far back is another clause's.
    const near = plain.slice(Math.max(0, (head ?? governing).start - 150), (head ?? governing).start);
    if (!by.length && (COMPANY_ANAPHOR.test(near) || FACILITY_SUBJECT.test(near))) {
      // « Octave Klaba, fondateur d'OVHcloud, a confirmé que l'hébergeur… »: the firm the sentence named.
      // « créée par deux anciens cadres d'Orange »: a founders' former employer is no actor of the sentence (round 31).
      const named = companies.filter((c) => c.end <= chain.start && /d(?:e\s+|u\s+|')$/u.test(plain.slice(Math.max(0, c.start - 3), c.start)) && !FORMER_OF.test(plain.slice(Math.max(0, c.start - 60), c.start)));
      if (named.length) by = [subsidiaryMeant(plain, named.at(-1)!, registry, articleCompanies, why) ?? named.at(-1)!.slug];
      else carried = true;
    }
    // « Nous avons mis en service… » opening a firm's own post or release (not a quote): the firm, found by the article.
    if (!by.length && (/^\s*nous\s/iu.test(plain) || ANOTHER_FACILITY.test(plain))) carried = true;
    // « Michel Paulin, directeur général d'OVHcloud, a indiqué que d'autres ouvertures sont prévues »: the firm its spokesman speaks for.
    if (!by.length && !carried) {
      const speaker = companies.find((c) => c.end <= chain.start && /d(?:e\s+|u\s+|')$/u.test(plain.slice(Math.max(0, c.start - 3), c.start)) && REPORTED.test(plain.slice(c.end, chain.start)));
      if (speaker) (by = [speaker.slug]), why.push(`entreprise : celle dont le porte-parole parle (« ${plain.slice(speaker.start, speaker.end)} »)`);
    }
    // « L'université a signé avec Schneider Electric un accord »: a body that is no firm signs; the firm is the partner recorded.
    if (!by.length && !carried && !deal.length) return;
    if (more) {
      const same = by.map((b) => kinds?.get(b)).find(Boolean);
      if (!same) return;
      (kind = same), why.push("genre : celui de ce que la même entreprise vient d'annoncer (« d'autres … »)");
    }
    if (deal.length) by = [...new Set([...by, ...deal])];
    if (kind === "partnership") by = [...new Set([...by, ...companiesAfter(plain, companies, governing.end, scopeEnd, /(?:avec|à|au|auprès de)\s+(?:(?:le|la|l')\s*)?(?:[\p{Ll}-]+(?:'[\p{Ll}-]+)?\s+){0,2}$/u)])]; // « au fonds d'infrastructure X »
    if (head?.cls === "sell") {
      const buyers = companiesAfter(plain, companies, head.end, scopeEnd, /(?:^|\s)(?:à|au|aux)\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u);
      // « Le fonds cède sa participation »: with no buyer named, the deal is the buyer's, stated where the buyer is.
      if (!buyers.length) return;
      (by = buyers), (carried &&= RESOLVED.test(plain)); // « Le groupe a cédé … à Hydro-Québec »: the buyer named, not the seller « le groupe » is (a council resolving to sell stays the council's act).
    }
    // « Le tribunal a annulé le permis de construire du centre de données que la société X projetait »: the facility of the relative clause is given up (278 of held-out-13).
    const undone = relative >= 0 && !!facility && (chains.slice(0, i).some((c) => c.triggers.some((t) => t.cls === "cancel") && facility.start > c.end && facility.start - c.end < 80 && !/[;.]/.test(plain.slice(c.end, facility.start))) || REFUSED_PERMIT.test(plain.slice(Math.max(0, facility.start - 80), facility.start)));
    const status = deal.length || signedDeal(kind, governing, plain) ? "completed" : undone ? "cancelled" : statusOf(chain, head, plain, scope);
    const groups = withDealPlace(placeGroups(plain, mentions, registry, scopeStart, scopeEnd), recipient);
    // « Data4 y investira 2 milliards, le premier bâtiment devant être livré en 2028 »: a clause on a part of what the sentence just announced dates it.
    const part = readings.at(-1);
    if (part && !groups.length && facility?.definite && !companies.some((c) => c.start >= scopeStart && c.end <= chain.start) && FACILITY_SUBJECT.test(plain.slice(scopeStart, chain.start))) {
      const year = years.find((y) => y.start >= chain.start && y.start < scopeEnd)?.year;
      if (year && part.year === undefined) (part.year = year), part.why.push("année tirée de la proposition qui suit, sur une partie du même objet");
      return;
    }
    // « Le nouveau centre de données de N+ONE a nécessité un investissement de… »: the cost of a facility named as subject, no investment of its own.
    if (nounOnly && head?.cls === "invest" && !groups.length && FACILITY_SUBJECT.exec(subjectZone)?.index === 0) return;
    // « la construction du premier bâtiment commencera en septembre »: a step of a facility named before, with no place of its own, is that facility's.
    if (isHead(chain.triggers[0]) && chain.triggers[0].tense === "noun" && !nounOnly && !newObject && !facility?.indefinite && !(facility?.isNew && !OF_THE.test(plain.slice(0, facility.start))) && !groups.length && !chain.triggers.some((t) => t.cls === "invest")) return;
    // « Le groupe a par ailleurs signé avec EDF un contrat d'achat d'électricité »: a deal signed with a firm named right after the verb is
    // one in itself, never a figure of the last project (« a signé un contrat d'approvisionnement avec Hydro-Québec pour le site » stays one).
    const standalone = (deal.length > 0 && /^\s*avec\s/u.test(plain.slice(governing.end))) || !!facility?.indefinite || !!facility?.isNew || (head !== undefined && ["acquire", "sell", "invest", "partner"].includes(head.cls) && !nounOnly) || cancel;
    const read = (from: number, to: number, group?: Located[]): Reading => {
      let place = placeOf(group, registry, plain);
      let country = group?.[0]?.country;
      if (!country) ({ country, place } = clauseCountry({ plain, mentions, companies, registry, by, kind, governingEnd: governing.end, buyingEnd: buying.end, scopeEnd }, place, why));
      const amount = amounts.find((a) => a.start >= from && a.end <= to);
      const mw = siteTotals.find((c) => c.start >= from && c.end <= to)?.mw;
      const year = years.find((y) => y.start >= from && y.start < to)?.year;
      // « y construira », « son intention d'y développer », « prévoit d'y installer »: « y » before any word of the statement.
      // « Ce sont les deux premiers halls du centre que X construit »: « ce » is what the sentence before showed, there.
      const there = chain.triggers.some((t) => /(?<![\p{L}])(?:[yY]\s+(?:\p{L}+\s+)?$)/u.test(plain.slice(Math.max(0, t.start - 20), t.start)) || ((MODALS.has(t.form) || t.cls === "announce") && /^\s+(?:d')?y\s/u.test(plain.slice(t.end, t.end + 6)))) || /^\s*(?:c'est|ce sont)\s/iu.test(plain) || /(?<![\p{L}])(?:(?:dans|à travers) le pays|dans la région|sur place)(?![\p{L}])/iu.test(plain.slice(from, to)) || THERE_PRONOUN.test(plain.slice(from, to));
      return { by, carried, kind, status, place, country, amount, mw, year, standalone, there, why: [...why] };
    };
    const split = extensionThenBuild(chain.triggers, facilities, groups, scopeEnd); // « pour agrandir son campus de X, et construire un deuxième site à Y »
    if (split) readings.push({ ...read(scopeStart, split.at, split.extended), kind: "investment" }, ...split.built.map((g, j) => ({ ...read(g[0].start, split.built[j + 1]?.[0].start ?? scopeEnd, g), kind: split.kind })));
    // A deal or a sum over several places is one announcement, with no single place.
    else if (groups.length > 1 && ["acquisition", "partnership", "investment"].includes(kind)) {
      const countries = [...new Set(groups.map((g) => g[0].country))];
      readings.push({ ...read(scopeStart, scopeEnd), ...(countries.length === 1 ? { country: countries[0] } : {}) });
    } else if (groups.length <= 1) readings.push(read(scopeStart, scopeEnd, groups[0]));
    else {
      const listed = groups.map((g, j) => {
        const end = j + 1 < groups.length ? groups[j + 1][0].start : scopeEnd;
        // « …, et à Bizerte dans une nouvelle station construite par Tunisie Telecom »: that place's builder is its own.
        const builder = companies.find((c) => c.start > g[0].start && c.end <= end && /(?:constru|réalis|bât)\p{L}*\s+par\s+(?:(?:le|la|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(plain.slice(g[0].start, c.start)));
        const reading = read(g[0].start, end, g);
        return builder ? { ...reading, by: [builder.slug], carried: false, why: [...reading.why, `entreprise : celle qui construit à cet endroit (« ${plain.slice(builder.start, builder.end)} »)`] } : reading;
      });
      readings.push(...shareFigures(listed, plain, { amounts, capacities, years }, scopeStart, scopeEnd));
    }
  });
  if (!readings.length) readings.push(...[passiveReading(plain, companies, mentions, registry, amounts)].filter((r) => !!r)); // « Une convention a été signée entre X et Y »
  const first = costBefore && readings[costBefore.at];
  if (first && !first.amount) (first.amount = costBefore!.cost), first.why.push("montant : le coût dit avant, en tête de phrase");
  return fundRaise(namedParts(mergeApposedState(oneExtension(fundStake(readings, plain, companies), plain), plain), plain, facilities), plain, companies);
}
