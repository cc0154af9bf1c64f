import { z } from "zod";
import { type DatePrecision, datePrecisions, precisionOf } from "../../text/dates";
import { slugPattern } from "../../text/text";
import { announcementSchema } from "./announcement";
import { type EntityField, entityFieldList, entityFieldShape } from "./entity";
import { plainText } from "./plain-text";

// Validation messages are read by French-speaking editors.
z.config(z.locales.fr());

const slug = z.string().regex(slugPattern, "slug attendu : minuscules sans accents, mots séparés par des tirets");

export type { DatePrecision } from "../../text/dates";
export { type CountryRole, type EntityField, entityFieldList, entityFields } from "./entity";

/** The written form each precision requires: "2023-10-11", "2020-04", "2015". */
const dateFormats: Record<Exclude<DatePrecision, "unknown">, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** A YAML year written without quotes arrives as a number; keep it as text. */
const dateText = z.preprocess((value) => (typeof value === "number" ? String(value) : value), z.string());

/**
 * The archive's own dates are moments, never partial: what feeds, the sitemap
 * and `dateModified` need. The zone is required so no reader has to guess it.
 */
const archiveTimestamp = z.iso.datetime({ offset: true, error: "horodatage ISO 8601 complet avec fuseau attendu, p. ex. 2026-11-23T14:08:27+00:00" });

const sourceSchema = z.object({
  /** Publication name as the text gives it. */
  name: plainText().min(1),
  date: dateText.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** True when the name is deduced from the text rather than stated as its source. */
  inferred: z.boolean().default(false),
  note: z.string().optional(),
});

const personSchema = z.object({
  name: plainText().min(1),
  /** The role as the text words it. */
  role: z.string().min(1).optional(),
  company: slug.optional(),
});

/**
 * Front matter of `content/articles/*.md`: the single source of truth for
 * what an article file holds. The `Article` domain type derives from it.
 */
export const frontMatterSchema = z
  .object({
    title: plainText().trim().min(1),
    /** `source`: the headline is the text's own; `editorial`: written by the archive's editor. */
    titleSource: z.enum(["source", "editorial"]),
    /** Written at its precision ("2015", "2020-04", "2023-10-11"), or null when unknown. */
    date: dateText.nullable(),
    datePrecision: z.enum(datePrecisions),
    /** True when the date is not stated by the text but deduced from it. */
    dateInferred: z.boolean().default(false),
    /** How the date was established, or what in the text contradicts it. */
    dateNote: z.string().min(1).optional(),
    source: sourceSchema.optional(),
    author: plainText().min(1).optional(),
    /** The author's role as the byline gives it ("Rédactrice en chef adjointe"), kept as a note. */
    authorRole: plainText().min(1).optional(),
    /** The standfirst: the text's own (`source`) or written by the editor (`editorial`). */
    summary: plainText().trim().min(1),
    summarySource: z.enum(["source", "editorial"]),
    /** `companies`, `announcedBy`, `countries`, `places`, `themes`: the slugs of the registry it names (lib/model/schema/entity.ts). */
    ...entityFieldShape,
    people: z.array(personSchema).default([]),
    /** Captions of photos the archive does not reproduce, kept for what they say. */
    captions: z.array(z.string().min(1)).default([]),
    /** Who builds, opens, invests or buys what, where, how much, in what state, each with its sentence (lib/model/schema/announcement.ts); optional, so an importer that proposes none writes none. */
    announcements: z.array(announcementSchema).optional(),
    /** Articles about the same event share this key. */
    story: slug.optional(),
    /** File name, in the archive's `raw/` folder, of the raw text this article was converted from. */
    raw: z.string().regex(/^[\w.-]+\.txt$/, "nom de fichier .txt attendu"),
    /** When the archive published the article: a full timestamp with its time zone, e.g. "2026-11-23T14:08:27+00:00". */
    archivedAt: archiveTimestamp,
    /** When the archive last corrected the article's text or facts; absent when never corrected. */
    correctedAt: archiveTimestamp.optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.datePrecision === "unknown") {
      if (data.date !== null) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "doit être null quand datePrecision vaut « unknown »", input: data.date });
      }
      if (!data.dateNote) {
        ctx.addIssue({ code: "custom", path: ["dateNote"], message: "requis quand la date est inconnue" });
      }
    } else {
      checkDate(data.date, data.datePrecision, ["date"], ctx);
    }
    if (data.dateInferred && !data.dateNote) {
      ctx.addIssue({ code: "custom", path: ["dateNote"], message: "requis quand dateInferred vaut true : dire comment la date a été déduite" });
    }
    if (data.source?.date !== undefined) {
      checkDate(data.source.date, precisionOf(data.source.date), ["source", "date"], ctx);
    }
    if (data.correctedAt && Date.parse(data.correctedAt) < Date.parse(data.archivedAt)) {
      ctx.addIssue({ code: "custom", path: ["correctedAt"], message: "ne peut précéder archivedAt", input: data.correctedAt });
    }
    data.announcedBy.forEach((company, i) => {
      if (!data.companies.includes(company)) {
        ctx.addIssue({ code: "custom", path: ["announcedBy", i], message: "doit aussi figurer dans companies", input: company });
      }
    });
    data.announcements?.forEach(({ by }, i) =>
      by.forEach((company, j) => {
        if (!data.companies.includes(company)) {
          ctx.addIssue({ code: "custom", path: ["announcements", i, "by", j], message: "doit aussi figurer dans companies", input: company });
        }
      }),
    );
  });

function checkDate(value: string | null, precision: keyof typeof dateFormats, path: (string | number)[], ctx: z.RefinementCtx) {
  const expected = { day: "AAAA-MM-JJ", month: "AAAA-MM", year: "AAAA" }[precision];
  if (value === null || !dateFormats[precision].test(value)) {
    ctx.addIssue({ code: "custom", path, message: `format attendu ${expected} pour la précision « ${precision} »`, input: value });
    return;
  }
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    ctx.addIssue({ code: "custom", path, message: "date inexistante dans le calendrier", input: value });
  }
}

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * The fields of `from` that name the registry, in the front matter's order
 * and typed as `from` has them: what a writer of front matter (the importer,
 * the synthetic corpus) spreads, so that none of them lists the fields by hand.
 * @example entityFieldsOf({ ...detected, announcedBy: [] }) // { companies, announcedBy, countries, places, themes }
 */
export function entityFieldsOf<T extends Partial<Record<EntityField, unknown>>>(from: T): Pick<T, EntityField & keyof T> {
  return Object.fromEntries(entityFieldList.filter((field) => field in from).map((field) => [field, from[field]])) as Pick<T, EntityField & keyof T>;
}
