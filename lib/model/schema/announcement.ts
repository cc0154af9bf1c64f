import { z } from "zod";
import { slugPattern } from "../../text/text";
import { plainText } from "./plain-text";

/*
 * An announcement: who builds, opens, invests in or buys what, where, how
 * much, in what state, each with the sentence of the article that says so.
 * Written by hand in an article's front matter (`announcements:`) or proposed
 * by the importer (lib/importer/announcements/announcements.ts) in exactly this shape.
 * A field the evidence (or the sentence just before it) does not give stays
 * absent: nothing is guessed.
 */

z.config(z.locales.fr());

const slug = z.string().regex(slugPattern, "slug attendu : minuscules sans accents, mots séparés par des tirets");

/** What is announced. */
export const announcementKinds = ["datacenter", "cloud-region", "investment", "acquisition", "partnership", "cable", "other"] as const;
export type AnnouncementKind = (typeof announcementKinds)[number];

/** The state the text gives it; `completed` is a deal signed (acquisition, partnership). */
export const announcementStatuses = ["announced", "under-construction", "operational", "cancelled", "completed"] as const;
export type AnnouncementStatus = (typeof announcementStatuses)[number];

/** ISO 4217 codes this runtime knows ("USD", "EUR", "CNY"). */
const currencies = new Set(Intl.supportedValuesOf("currency"));

/** An amount in whole units of its currency: « 28 milliards de dollars » is { value: 28000000000, currency: USD }. */
const amountSchema = z
  .object({
    value: z.number().positive().finite(),
    currency: z.string().refine((code) => currencies.has(code), { message: "code de devise ISO 4217 attendu (« EUR », « USD », « CNY »)" }),
  })
  .strict();
export type Amount = z.infer<typeof amountSchema>;

/** One entry of `announcements:`, as the front matter holds it. */
export const announcementSchema = z
  .object({
    /** Companies that build, open, invest or buy (registry slugs). */
    by: z.array(slug).default([]),
    kind: z.enum(announcementKinds),
    /** The facility (entities/sites.yaml) when the announcement is about one. */
    site: slug.optional(),
    /** Place (entities/places.yaml) and country the text gives. */
    place: slug.optional(),
    country: slug.optional(),
    amount: amountSchema.optional(),
    /** Capacity in megawatts: « 1,2 GW » is 1200. */
    mw: z.number().positive().finite().optional(),
    status: z.enum(announcementStatuses).optional(),
    /** When the thing is due or happened, only when the text says it. */
    year: z.number().int().min(1900).max(2200).optional(),
    /** The sentence of the body that states it, verbatim. */
    evidence: plainText().trim().min(1),
  })
  .strict();

export type AnnouncementData = z.infer<typeof announcementSchema>;

/** What the article around the announcements gives to check them: its body, and the registry. */
export type AnnouncementContext = {
  body: string;
  has: { companies: (slug: string) => boolean; sites: (slug: string) => boolean; places: (slug: string) => boolean; countries: (slug: string) => boolean };
  /** The country of a site or place of the registry. */
  countryOf: { site: (slug: string) => string | undefined; place: (slug: string) => string | undefined };
};

/** Runs of white space as one space: a sentence copied across a line break is still the same sentence. */
const foldSpaces = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The evidence and the sentence just before it in the body (spaces folded),
 * the text a field may be read from; undefined when the evidence is not in
 * the body.
 * @example evidenceWindow("Un. Deux trois. Quatre.", "Quatre.") // "Deux trois. Quatre."
 */
export function evidenceWindow(body: string, evidence: string): string | undefined {
  const text = foldSpaces(body);
  const sentence = foldSpaces(evidence);
  const at = text.indexOf(sentence);
  if (at < 0 || !sentence) return undefined;
  const before = text.slice(0, at).trimEnd();
  // The previous sentence starts after the end of the one before it.
  const ends = [...before.slice(0, -1).matchAll(/[.!?…]\s/g)];
  const start = ends.length ? ends.at(-1)!.index! + 2 : 0;
  return `${before.slice(start)} ${sentence}`.trim();
}

/**
 * The checks an announcement needs its article and the registry for, as a
 * zod schema over `announcements`: the evidence is a verbatim part of the
 * body, every slug is in the registry, a year is written in the evidence or
 * the sentence before it, the country agrees with the site's and the place's.
 * Its messages read « announcements[0].evidence : absent du texte ».
 */
export function announcementsInContext(context: AnnouncementContext) {
  return z.array(announcementSchema).superRefine((list, ctx) => {
    const problem = (i: number, field: string | (string | number)[], message: string, input: unknown) =>
      ctx.addIssue({ code: "custom", path: [i, ...(Array.isArray(field) ? field : [field])], message, input });
    list.forEach((a, i) => {
      const window = evidenceWindow(context.body, a.evidence);
      if (window === undefined) problem(i, "evidence", "absent du texte", a.evidence);
      a.by.forEach((company, j) => {
        if (!context.has.companies(company)) problem(i, ["by", j], "entreprise inconnue du registre (content/entities)", company);
      });
      if (a.site && !context.has.sites(a.site)) problem(i, "site", "site inconnu du registre (content/entities/sites.yaml)", a.site);
      if (a.place && !context.has.places(a.place)) problem(i, "place", "lieu inconnu du registre (content/entities/places.yaml)", a.place);
      if (a.country && !context.has.countries(a.country)) problem(i, "country", "pays inconnu du registre (content/entities)", a.country);
      if (a.year !== undefined && window !== undefined && !window.includes(String(a.year))) {
        problem(i, "year", "année absente de la phrase citée et de celle qui la précède", a.year);
      }
      const siteCountry = a.site ? context.countryOf.site(a.site) : undefined;
      const placeCountry = a.place ? context.countryOf.place(a.place) : undefined;
      if (a.country && siteCountry && siteCountry !== a.country) problem(i, "country", `ne correspond pas au pays du site (${siteCountry})`, a.country);
      if (a.country && placeCountry && placeCountry !== a.country) problem(i, "country", `ne correspond pas au pays du lieu (${placeCountry})`, a.country);
    });
  });
}
