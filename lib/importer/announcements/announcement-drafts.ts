import type { AnnouncementData, AnnouncementStatus } from "../../model/schema/announcement";
import { type AmountMention, currencyIn, findAmounts } from "./amounts";
import { articleCountry } from "./announcement-country";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { type SiteRef, siteOf } from "./announcement-sites";
import type { splitSentences } from "./sentences";

export type AnnouncementProposals = {
  /** In the schema's shape (lib/schema/announcement.ts), nothing the text does not give; `evidence` is verbatim from the body. */
  announcements: AnnouncementData[];
  /** For the import report, in French: repeated announcements left out, facilities the sites lack. */
  notes: string[];
  /** Why each announcement reads as it does, same order as `announcements` (report only). */
  why: string[][];
};

/** The kinds that are a facility (built, opened, given up), as against a sum or a deal. */
export const FACILITY_KINDS: ReadonlySet<string> = new Set(["datacenter", "cloud-region", "cable", "other"]);

/** Two announcements by the same firms, in any order; one with no firm is nobody's twin. */
export const sameFirms = (a: { by: readonly string[] }, b: { by: readonly string[] }): boolean => a.by.length > 0 && [...a.by].sort().join() === [...b.by].sort().join();

/** An announcement as the sentences build it: the sentences it spans and why each field reads as it does. */
export type Draft = Omit<AnnouncementData, "amount" | "evidence" | "site" | "status"> & {
  status: AnnouncementStatus;
  amount?: AmountMention;
  first: number;
  last: number;
  why: string[];
};

/**
 * From drafts to proposals: each told once (a repeated sentence adds nothing),
 * its evidence the verbatim span of its sentences, an ambiguous « dollars »
 * read from the countries the article names (or left empty, said so), and the
 * existing site it is about, when one is.
 */
export function finishDrafts(drafts: Draft[], input: { body: string; registry: AnnouncementRegistry; sites?: readonly SiteRef[] }, sentences: ReturnType<typeof splitSentences>, find: (text: string) => Mention[]): AnnouncementProposals {
  const { body, registry, sites = [] } = input;
  const notes: string[] = [];
  const codeOf = (slug?: string) => (slug ? registry.countries.get(slug)?.code : undefined);
  // A writer who says « dollars australiens » once means another dollar when writing « dollars » alone.
  const spelled = new Set(findAmounts(body).flatMap((a) => (a.currency ? [a.currency] : [])));
  const articleCountries = [...new Set(find(body).flatMap((m) => (m.kind === "country" ? [m.slug] : m.kind === "place" ? [registry.places.get(m.slug)?.country ?? ""] : [])))]
    .map(codeOf)
    .filter((c): c is string => !!c);
  const onlyCountry = articleCountry(sentences, find, registry);
  const announcements: AnnouncementData[] = [];
  const why: string[][] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    // « une deuxième phase de 18 MW » after a first of 12 MW, both announced: two stages, not one told twice.
    const key = JSON.stringify([[...d.by].sort(), d.kind, d.place, d.country, d.status, d.mw]);
    // Sentences of two paragraphs are joined by one space: the same text, whitespace folded, as the schema compares it.
    const evidence = body.slice(sentences[d.first].start, sentences[d.last].end).replace(/\s*\n\s*/g, " ");
    // « Le bâtiment sera mis en service au printemps 2027 », said again further down: nothing new about a thing already proposed.
    const again = !d.place && !d.country && !d.amount && d.mw === undefined && drafts.some((o) => o !== d && o.first < d.first && o.kind === d.kind && o.status === d.status && (o.place || o.country) && o.by.join() === d.by.join());
    // « construire un deuxième site à Farciennes » … « la demande de raccordement de Google pour le site de Farciennes porte sur 300 MW »:
    // a facility drafted bare and told again further down with its figures is told once, where its figures are.
    // So is one drafted with its size alone and told again with the same size and its cost (« Ty Cloud va investir 18 millions … 4 MW », 354 of held-out-17).
    const toldLater = !!d.place && !d.amount && ["datacenter", "cloud-region", "cable"].includes(d.kind) &&
      drafts.some((o) => o.first > d.last && o.kind === d.kind && o.place === d.place && o.country === d.country && o.status === d.status && o.by.join() === d.by.join() && (d.mw === undefined ? o.mw !== undefined || !!o.amount : o.mw === d.mw && !!o.amount));
    // « Bleu ouvre sa première région, … et OVHcloud annonce un nouveau centre », a summary of several firms' news before the paragraphs
    // that tell each with its place: its bare readings, no place, no country and no figure, are the ones told again below (round 35).
    const bare = (o: Draft) => !o.place && !o.country && !o.amount && o.mw === undefined;
    const summary = bare(d) && drafts.some((o) => o.first === d.first && bare(o) && !o.by.some((b) => d.by.includes(b))) &&
      drafts.some((o) => o.first > d.last && o.kind === d.kind && (o.place || o.country) && o.by.join() === d.by.join());
    if (seen.has(key) || again || toldLater || summary) {
      notes.push(`annonce répétée, gardée une fois : « ${evidence.slice(0, 120)} »`);
      continue;
    }
    seen.add(key);
    const inferred = onlyCountry(d, drafts);
    if (inferred) d.why.push(`pays : ${inferred}, le seul pays que l'article nomme, la phrase n'en nommant aucun`);
    let amount: AnnouncementData["amount"];
    if (d.amount?.currency) amount = { value: d.amount.value, currency: d.amount.currency };
    else if (d.amount?.ambiguous) {
      const read = currencyIn(d.amount.ambiguous, codeOf(d.country ?? inferred), articleCountries, spelled);
      if (read.currency) {
        amount = { value: d.amount.value, currency: read.currency };
        const from = {
          announcement: `monnaie du pays de l'annonce (${d.country ?? inferred})`,
          article: "monnaie du pays que l'article cite",
          default: "sens usuel, aucun pays cité n'en ayant d'autre",
          none: "",
        }[read.from];
        d.why.push(`devise : « ${d.amount.text} » lu en ${read.currency}, ${from}`);
      } else d.why.push(`devise : « ${d.amount.text} » ambigu, montant laissé vide`);
    }
    const site = siteOf(d, evidence, sites);
    if (site.note) notes.push(site.note);
    const { first: _f, last: _l, why: reasons, amount: _a, ...fields } = d;
    // Drafts of one sentence share their `by`: each proposal gets its own list.
    const proposal: AnnouncementData = { ...fields, by: [...fields.by], ...(inferred ? { country: inferred } : {}), ...(amount ? { amount } : {}), ...(site.slug ? { site: site.slug } : {}), evidence };
    for (const k of Object.keys(proposal) as (keyof AnnouncementData)[]) if (proposal[k] === undefined) delete proposal[k];
    announcements.push(proposal);
    why.push(reasons);
  }
  return { announcements, notes, why };
}
