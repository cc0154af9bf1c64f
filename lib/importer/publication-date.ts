import type { DatePrecision } from "../schema/article";
import { type DateMention, findDateMentions, frenchDay, isoOf, weekdayOfDay, yearsIn } from "./dates";

/** What the page says about when it was written. */
export type DateEvidence = {
  /** Datelines ("Publié le …", a line that is only a date), in page order. */
  datelines: DateMention[];
  /** The date of a "(Source : X, date)" line, with the source's name. */
  source?: { name: string; date: DateMention };
  /** The article text, where "ce lundi 20 mars 2020" or "lundi 12 septembre" may stand. */
  body: string;
  /** Everything else the page says (captions included), where a missing year can be found. */
  context: string;
  /** Update stamps removed as clutter ("Dernière mise à jour à 13h34 le 13/09"). */
  updateStamps: string[];
};

export type PublicationDate = {
  date: string | null;
  datePrecision: DatePrecision;
  dateInferred: boolean;
  dateNote?: string;
  warnings: string[];
};

const quote = (text: string) => `« ${text} »`;

/** The weekday the calendar gives, when it differs from the one the text wrote. */
function weekdayConflict(mention: DateMention, year: number): string | undefined {
  if (!mention.weekday || mention.day === undefined || mention.month === undefined) return undefined;
  const actual = weekdayOfDay(year, mention.month, mention.day);
  return actual === mention.weekday ? undefined : actual;
}

function conflictNote(mention: DateMention, year: number, actual: string): string {
  return `Le texte dit ${quote(mention.text)}, or le ${frenchDay(year, mention.month!, mention.day!)} était un ${actual} : le jour de la semaine ou la date est erroné dans la source. La date est reprise telle qu'écrite, sans correction.`;
}

/** Where a year missing from "lundi 12 septembre" can come from: full dates first, then months, then bare years. */
function yearSources(context: string, exclude: DateMention): { year: number; from: string }[] {
  const mentions = findDateMentions(context).filter((m) => m.year !== undefined && m.text !== exclude.text);
  const sources = [
    ...mentions.filter((m) => m.day !== undefined).map((m) => ({ year: m.year!, from: quote(m.text) })),
    ...mentions.filter((m) => m.day === undefined).map((m) => ({ year: m.year!, from: quote(m.text) })),
    ...yearsIn(context).map((year) => ({ year, from: `l'année ${year} citée dans le texte` })),
  ];
  return sources.filter((s, i) => sources.findIndex((o) => o.year === s.year) === i);
}

/** A weekday and a day without a year, completed with a year the page gives elsewhere. */
function completeYear(mention: DateMention, evidence: DateEvidence): PublicationDate | undefined {
  const sources = yearSources(`${evidence.context}\n${evidence.body}`, mention);
  if (!sources.length) return undefined;
  const chosen = sources.find((s) => !weekdayConflict(mention, s.year)) ?? sources[0];
  const iso = isoOf({ ...mention, year: chosen.year })!;
  const day = frenchDay(chosen.year, mention.month!, mention.day!);
  const conflict = weekdayConflict(mention, chosen.year);
  const check = conflict
    ? `or le ${day} était un ${conflict} : le jour de la semaine ou l'année est à vérifier.`
    : `et le ${day} était bien un ${mention.weekday}.`;
  return {
    date: iso.value,
    datePrecision: iso.precision,
    dateInferred: true,
    dateNote: `Le texte dit ${quote(mention.text)} sans année ; l'année vient de ${chosen.from}, ${check}`,
    warnings: [
      `date déduite : ${quote(mention.text)} + année ${chosen.year} (${chosen.from}) → ${iso.value}` +
        (conflict ? ` ; attention, le ${day} était un ${conflict}` : ""),
    ],
  };
}

/**
 * The publication date and how sure it is, in this order of trust: a dateline,
 * the date of the cited source, a weekday + day in the text (its year taken
 * from the page when missing). Weekdays are checked against the calendar;
 * a conflict is reported, never corrected.
 */
export function resolvePublicationDate(evidence: DateEvidence): PublicationDate {
  const stamp = evidence.updateStamps.length ? ` Un bandeau indiquait : ${evidence.updateStamps.map(quote).join(", ")}.` : "";
  const withStamp = (result: PublicationDate): PublicationDate =>
    stamp ? { ...result, dateNote: `${result.dateNote ?? ""}${stamp}`.trim() } : result;
  const stated = (mention: DateMention, origin: string, inferred: boolean, note?: string): PublicationDate => {
    const iso = isoOf(mention)!;
    const conflict = weekdayConflict(mention, mention.year!);
    if (conflict) {
      return {
        date: iso.value,
        datePrecision: iso.precision,
        dateInferred: inferred,
        dateNote: conflictNote(mention, mention.year!, conflict),
        warnings: [`jour de la semaine en conflit avec la date (${origin}) : ${quote(mention.text)}, or le ${frenchDay(mention.year!, mention.month!, mention.day!)} était un ${conflict}`],
      };
    }
    return { date: iso.value, datePrecision: iso.precision, dateInferred: inferred, dateNote: note, warnings: [] };
  };

  const dateline = evidence.datelines.find((d) => d.year !== undefined);
  if (dateline) return withStamp(stated(dateline, "ligne de date", false));

  if (evidence.source?.date.year !== undefined) {
    const { name, date } = evidence.source;
    return withStamp(
      stated(date, "ligne de source", true, `Le texte n'a pas de date de publication propre : c'est celle de la source qu'il cite (${quote(`${name}, ${date.text}`)}).`),
    );
  }

  const weekdays = [...evidence.datelines, ...findDateMentions(evidence.body)].filter((m) => m.weekday && m.day !== undefined);
  const full = weekdays.find((m) => m.year !== undefined);
  if (full) return withStamp(stated(full, "texte", false, `Date donnée par le texte : ${quote(full.text)}.`));
  for (const mention of weekdays) {
    const completed = completeYear(mention, evidence);
    if (completed) return withStamp(completed);
  }

  const cited = [...new Set(findDateMentions(`${evidence.context}\n${evidence.body}`).map((m) => m.text))];
  const citedNote = cited.length ? ` Dates citées, qui ne sont pas celle de la publication : ${cited.map(quote).join(", ")}.` : "";
  return withStamp({
    date: null,
    datePrecision: "unknown",
    dateInferred: false,
    dateNote: `Aucune date de publication trouvée dans le texte (ni ligne de date, ni source datée, ni jour de la semaine).${citedNote}`,
    warnings: [`aucune date trouvée : date laissée à null, à compléter si possible${cited.length ? ` (dates citées : ${cited.join(", ")})` : ""}`],
  });
}
