import type { AnnouncementKind } from "../../model/schema/announcement";
import type { Reading } from "./announcement-reading";
import type { Mention } from "./announcement-mentions";
import { facilityNouns } from "./announcement-clues";

/*
 * A supplier's contract for a client's facility (« RTE a signé une convention
 * de raccordement de 1 GW avec le promoteur Datalliance pour son campus du
 * port »): the announcement is the facility, still to come, by the client; the
 * grid operator or the supplier is not `by` (fixtures README: a supplier is not).
 */

const SUPPLY_DEAL = /(?:convention|contrat|accord)s?\s+(?:de\s+|d')(?:raccordement|fourniture|approvisionnement)(?![\p{L}])/iu;
const FOR_ITS = /(?<![\p{L}])pour\s+(?:son|sa|ses|leur|leurs)\s+(?:(?:futur|futurs|futures?|nouveau|nouvelle|nouveaux|premier|première)\s+)?(campus|centres? de données|data ?cent(?:er|re)s?|datacent(?:er|re)s?|projet|site)(?![\p{L}])/iu;
/** The firm a contract is signed with: « avec le promoteur Datalliance ». */
const WITH = /(?<![\p{L}])avec\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The reading of a sentence as the client's facility when it is a supply contract for it; otherwise the reading as it was. */
export function supplyForFacility(r: Reading, text: string, mentions: readonly Mention[]): Reading {
  const plain = text.replace(/’/g, "'");
  const forIts = r.kind === "partnership" && SUPPLY_DEAL.test(plain) ? FOR_ITS.exec(plain) : null;
  if (!forIts) return r;
  const client = mentions.find((m) => m.kind === "company" && m.end <= forIts.index && r.by.includes(m.slug) && WITH.test(plain.slice(Math.max(0, m.start - 40), m.start)));
  if (!client) return r;
  const kind: AnnouncementKind = /projet|site/iu.test(forIts[1]) ? "other" : "datacenter";
  return {
    ...r,
    by: [client.slug],
    kind,
    status: "announced",
    standalone: true,
    why: [...r.why, `contrat d'un fournisseur pour l'installation de son client (« ${plain.slice(forIts.index, forIts.index + forIts[0].length)} ») : annoncée, par le client`],
  };
}

/** « Le poste électrique sera construit par RTE »: a definite subject, a passive building verb, its builder after « par ». */
const WORKS_BY = /^\s*(?:l[ea]\s+|les\s+|l')((?:[\p{L}-]+\s+){1,3}?)(?:sera|seront|est|sont|a été|ont été|doit être|doivent être)\s+(?:[\p{L}]+\s+)?(?:constru|réalis|bâti|install)\p{L}*\s+par\s/iu;

/**
 * Works a contractor or a grid operator does on a part that no facility noun
 * names (a substation, a road): no data center is announced, and the builder
 * is no `by` of one. « Le campus sera construit par X » still is (a facility).
 */
export function isSuppliersWorks(r: Reading, text: string): boolean {
  const works = r.kind === "other" ? WORKS_BY.exec(text.replace(/’/g, "'")) : null;
  return !!works && !facilityNouns(works[1]).length && !/projet/iu.test(works[1]);
}

/**
 * « Le bâtiment est construit par Vinci Construction »: the facility of the firm the thread (or the text before) is about, told again as a definite
 * subject with no place of its own; the firm after « par » is its contractor, no `by` (fixtures README; 324 of held-out-15).
 * With no firm before it (« Le centre de données sera construit par Equinix à Lyon »), the builder is still the announcer.
 */
const UNNAMED_AGENT = /^(?:une|un|des)\s+(?:entreprises?|sociétés?|groupes?|constructeurs?|promoteurs?|prestataires?|artisans?|PME)(?![\p{L}])/iu;

export function isContractors(r: Reading, text: string, before: () => readonly string[]): boolean {
  // « Le bâtiment sera construit par une entreprise des Côtes-d'Armor »: a builder left unnamed is a contractor, whoever the thread's firm (337 of held-out-16).
  const hired = ["datacenter", "other"].includes(r.kind) && !r.place ? WORKS_BY.exec(text.replace(/’/g, "'")) : null;
  if (hired && UNNAMED_AGENT.test(text.slice(hired.index + hired[0].length))) return true;
  const works = ["datacenter", "other"].includes(r.kind) && !r.place && r.by.length > 0 ? WORKS_BY.exec(text.replace(/’/g, "'")) : null;
  const thread = works ? before() : [];
  return thread.length > 0 && !r.by.some((b) => thread.includes(b));
}

/** « Romande Energie, qui fournira l'électricité, a signé avec Léman Data Park un contrat »: the subject named as a supplier. */
const SUPPLIER_SUBJECT = /^\s*([^,;]{2,80}?),\s*qui\s+(?:fournira|fournit|fournissent|fourniront|livrera|livre|livrent|livreront|apportera|apporte)\s+(?:l'électricité|l'énergie|le courant|l'eau|la chaleur|le froid|le gaz|les serveurs|les équipements|l'alimentation)(?![\p{L}])/iu;

/**
 * A facility read with the supplier named as subject as its builder: the supplier is a partner of the client's facility,
 * not its `by` (fixtures README), and the works of its contract (« l'installation de panneaux solaires sur le site ») are
 * no facility of its own (305 of held-out-14).
 */
export function isSuppliersFacility(r: Reading, text: string, mentions: readonly Mention[]): boolean {
  const plain = text.replace(/’/g, "'");
  // Only a supplier's contract: « EDF, qui fournira l'électricité, a inauguré un centre » is still its own centre.
  const supplier = ["datacenter", "cloud-region", "other"].includes(r.kind) && /(?<![\p{L}])(?:contrat|accord|convention)s?(?![\p{L}])/iu.test(plain) ? SUPPLIER_SUBJECT.exec(plain) : null;
  if (!supplier) return false;
  const named = mentions.filter((m) => m.kind === "company" && m.end <= supplier[1].length + supplier.index + 1).map((m) => m.slug);
  return r.by.length > 0 && r.by.every((b) => named.includes(b));
}
