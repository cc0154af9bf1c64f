import fs from "node:fs";
import path from "node:path";
import { parseYaml } from "@/lib/content/yaml";
import type { EntityRegistry } from "@/lib/model/entity-registry";
import type { AnnouncementInput, SiteRef } from "@/lib/importer/announcements/announcements";
import type { AnnouncementData } from "@/lib/model/schema/announcement";
import type { Company, Place } from "@/lib/model/schema/entity";

/*
 * The hand-written corpus of tests/fixtures/announcements/ and how it is
 * scored: an expected announcement is found when a proposal shares one of its
 * companies (or neither names one) and has the same country (both empty counts
 * as the same).
 */

type Proposal = AnnouncementData;
export type Expected = Omit<Proposal, "evidence" | "site">;
export type Fixture = {
  name: string;
  text: string;
  companies?: { slug: string; name: string; aliases?: string[] }[];
  places?: { slug: string; name: string; country: string; kind?: string; aliases?: string[] }[];
  sites?: SiteRef[];
  expected: Expected[];
};

export const corpusDir = path.resolve(process.cwd(), "tests/fixtures/announcements");

export function loadCorpus(set: "tuning" | "held-out" | "held-out-2" | "held-out-3" | "held-out-4"): Fixture[] {
  const dir = path.join(corpusDir, set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ name: f, ...(parseYaml(fs.readFileSync(path.join(dir, f), "utf8")) as Omit<Fixture, "name">) }));
}

/** Accents and apostrophes folded, case kept: « Orange » the firm is not « orange » the colour. */
const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘]/g, "'");
const named = (text: string, name: string) => {
  const n = plain(name);
  if (!text.includes(n)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(text);
};

/**
 * What the importer would hand over for this body: the registry with the
 * page's proposed firms and towns, and every entity whose name or alias the
 * text contains (a stand-in for the importer's recognition, kept simple and
 * independent of the code under test).
 */
export function inputFor(fixture: Fixture, base: EntityRegistry): AnnouncementInput {
  const companies = new Map(base.companies);
  for (const c of fixture.companies ?? []) companies.set(c.slug, { aliases: [], adjectives: [], ...c } as Company);
  const places = new Map(base.places);
  for (const p of fixture.places ?? []) places.set(p.slug, { kind: "ville", lat: 0, lon: 0, aliases: [], ...p } as Place);
  const registry = { ...base, companies, places };
  const body = fixture.text.trim();
  const folded = plain(body);
  const cased = (name: string) => name.replace(/^(?:le|la|les|l'|l’|en|au|aux)\s+/i, "");
  const present = <T extends { slug: string; name: string; aliases?: string[] }>(entries: Iterable<T>) =>
    [...entries].filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => named(folded, cased(n)))).map((e) => e.slug);
  return {
    body,
    companies: present(companies.values()),
    countries: present(registry.countries.values()),
    places: present(places.values()),
    registry,
    sites: fixture.sites ?? [],
  };
}

type Pair = { expected: Expected; proposal: Proposal };
export type Score = {
  expected: number;
  proposed: number;
  pairs: Pair[];
  missed: Expected[];
  extra: Proposal[];
  recall: number;
  precision: number;
  status: number;
  place: number;
  /** Amounts and capacities exactly right, over matched pairs where either side has one. */
  figures: number;
  figureCount: number;
  verbatim: number;
};

const sameAmount = (a?: Expected["amount"], b?: Expected["amount"]) => a?.value === b?.value && a?.currency === b?.currency;

/** Matches proposals to expectations (same company and country), best agreement first, each used once. */
export function matchArticle(expected: Expected[], proposals: Proposal[]): { pairs: Pair[]; missed: Expected[]; extra: Proposal[] } {
  const candidates: { e: number; p: number; agreement: number }[] = [];
  expected.forEach((e, ei) =>
    proposals.forEach((p, pi) => {
      // No company on either side (a university's own data center) is the same « who », as two empty countries are the same place.
      if (!(e.by.length || p.by.length ? e.by.some((b) => p.by.includes(b)) : true) || e.country !== p.country) return;
      const agreement = Number(e.kind === p.kind) + Number(e.place === p.place) + Number(e.status === p.status) + Number(sameAmount(e.amount, p.amount)) + Number(e.mw === p.mw);
      candidates.push({ e: ei, p: pi, agreement });
    }),
  );
  candidates.sort((a, b) => b.agreement - a.agreement || a.e - b.e || a.p - b.p);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedP.has(c.p)) continue;
    usedE.add(c.e);
    usedP.add(c.p);
    pairs.push({ expected: expected[c.e], proposal: proposals[c.p] });
  }
  return { pairs, missed: expected.filter((_, i) => !usedE.has(i)), extra: proposals.filter((_, i) => !usedP.has(i)) };
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** The scores of a set of articles, each given with its body, its expectations and what was proposed. */
export function scoreCorpus(articles: { body: string; expected: Expected[]; proposals: Proposal[] }[]): Score {
  const all = articles.map((a) => ({ ...a, ...matchArticle(a.expected, a.proposals) }));
  const pairs = all.flatMap((a) => a.pairs);
  const expected = all.reduce((n, a) => n + a.expected.length, 0);
  const proposed = all.reduce((n, a) => n + a.proposals.length, 0);
  const withAmount = pairs.filter((p) => p.expected.amount || p.proposal.amount);
  const withMw = pairs.filter((p) => p.expected.mw !== undefined || p.proposal.mw !== undefined);
  const figureCount = withAmount.length + withMw.length;
  const figuresRight = withAmount.filter((p) => sameAmount(p.expected.amount, p.proposal.amount)).length + withMw.filter((p) => p.expected.mw === p.proposal.mw).length;
  const rate = (n: number, d: number) => (d ? n / d : 1);
  const verbatim = all.flatMap((a) => a.proposals.map((p) => fold(a.body).includes(fold(p.evidence)))).filter(Boolean).length;
  return {
    expected,
    proposed,
    pairs,
    missed: all.flatMap((a) => a.missed),
    extra: all.flatMap((a) => a.extra),
    recall: rate(pairs.length, expected),
    precision: rate(pairs.length, proposed),
    status: rate(pairs.filter((p) => p.expected.status === p.proposal.status).length, pairs.length),
    place: rate(pairs.filter((p) => p.expected.place === p.proposal.place).length, pairs.length),
    figures: rate(figuresRight, figureCount),
    figureCount,
    verbatim: rate(verbatim, proposed),
  };
}
