import type { DatePrecision } from "../../model/schema/article";
import { type DateMention, findDateMentions, frenchDay, isoOf, parseNumericDate, weekdayOfDay } from "./dates";
import { firstSentence } from "./line-shapes";

/*
 * The article's date is one the page states as its own: a date line, a byline,
 * a key–value line, a wire's dateline. A date or a year in the text is the
 * date of what the text tells, never the article's: "d'ici 2027" or "depuis
 * 2015" say nothing of when it was written. The one exception, marked as
 * deduced with its evidence: the weekday and day the opening paragraph gives
 * to the news ("a annoncé ce lundi 20 mars 2020"), when the calendar agrees.
 */

/** A line where the page states a date, and where that line stands. */
export type StatedDate = {
  date: DateMention;
  /** The line as written, for the report and the note. */
  line: string;
  kind: "dateline" | "byline" | "wire";
  /**
   * `header`: under the headline, or the text's own dateline; `above`: just
   * above the headline; `widget`: in the masthead, far above the headline —
   * a site's "today", never the article's date; `edge`: a print page's running
   * header or the text's dated sign-off, read when nothing nearer dates it.
   */
  placement: "header" | "above" | "widget" | "edge";
};

/** What the page says about when it was written. */
export type DateEvidence = {
  stated: StatedDate[];
  /** The date of a "(Source : X, date)" line, with the source's name. */
  source?: { name: string; date: DateMention };
  /** The article's first paragraph, where "ce lundi 20 mars 2020" may date the news. */
  lead: string;
  /** Captions and header lines, where a full date may give the year "lundi 12 septembre" lacks. */
  context: string;
  /** Update stamps removed as clutter ("Dernière mise à jour à 13h34 le 13/09"). */
  updateStamps: string[];
  /** True when a byline signs the article: its update stamp is then an article's date, not a site page's revision. */
  signed?: boolean;
  /** A date in the page's address ("…/2025/04/22/…"), and the address. */
  address?: { date: DateMention; url: string };
};

export type PublicationDate = {
  date: string | null;
  datePrecision: DatePrecision;
  dateInferred: boolean;
  dateNote?: string;
  /** The line the date was read from; undefined when there is no date. */
  evidence?: string;
  warnings: string[];
};

const quote = (text: string) => `« ${text} »`;

/** The weekday the calendar gives, when it differs from the one the text wrote. */
function weekdayConflict(mention: DateMention, year: number): string | undefined {
  if (!mention.weekday || mention.day === undefined || mention.month === undefined) return undefined;
  const actual = weekdayOfDay(year, mention.month, mention.day);
  return actual === mention.weekday ? undefined : actual;
}

function unknown(note: string, warning: string): PublicationDate {
  return { date: null, datePrecision: "unknown", dateInferred: false, dateNote: note, warnings: [warning] };
}

/** No date, because the weekday the page gives does not fit the date it gives. */
function conflict(mention: DateMention, year: number, actual: string, where: string): PublicationDate {
  const day = frenchDay(year, mention.month!, mention.day!);
  return unknown(
    `La page dit ${quote(mention.text)}, or le ${day} était un ${actual} : le jour de la semaine ou la date est faux dans la source, la date est laissée vide.`,
    `date non retenue (${where}) : ${quote(mention.text)}, or le ${day} était un ${actual}`,
  );
}

function dated(mention: DateMention, evidence: string, inferred: boolean, note?: string): PublicationDate {
  const iso = isoOf(mention)!;
  return { date: iso.value, datePrecision: iso.precision, dateInferred: inferred, ...(note ? { dateNote: note } : {}), evidence, warnings: [] };
}

const WHERE: Record<StatedDate["kind"], string> = { dateline: "ligne de date", byline: "signature", wire: "ligne de dépêche" };

/** The lead's weekday and day dating the news; a missing year from a full date of the captions or header. */
function fromLead(evidence: DateEvidence): PublicationDate | undefined {
  const mention = findDateMentions(evidence.lead).find((m) => m.weekday && m.day !== undefined);
  if (!mention) return fromLeadWeekday(evidence);
  const seen = `Le premier paragraphe dit ${quote(mention.text)}`;
  if (mention.year !== undefined) {
    const actual = weekdayConflict(mention, mention.year);
    if (actual) return conflict(mention, mention.year, actual, "premier paragraphe");
    return dated(mention, evidence.lead, true, `${seen} : date de l'annonce, reprise comme date probable de l'article, qui n'en donne pas.`);
  }
  const full = findDateMentions(evidence.context).filter((m) => m.day !== undefined && m.year !== undefined);
  const fitting = full.find((m) => !weekdayConflict(mention, m.year!));
  if (!fitting) return undefined;
  const day = frenchDay(fitting.year!, mention.month!, mention.day!);
  return {
    ...dated({ ...mention, year: fitting.year }, evidence.lead, true),
    dateNote: `${seen} sans année ; l'année vient de ${quote(fitting.text)}, et le ${day} était bien un ${mention.weekday}.`,
    warnings: [`date déduite : ${quote(mention.text)} + année ${fitting.year} (${quote(fitting.text)}) → ${isoOf({ ...mention, year: fitting.year })!.value}`],
  };
}

/**
 * « Commission permanente du 21 mars 2025 » over « Réunie vendredi… »: the
 * lead's weekday alone, and the one full date of the headline (or a caption)
 * that falls on it, the day of the news; deduced, with both as evidence.
 */
function fromLeadWeekday(evidence: DateEvidence): PublicationDate | undefined {
  const weekday = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu.exec(firstSentence(evidence.lead))?.[1].toLowerCase();
  if (!weekday || findDateMentions(evidence.lead).some((m) => m.day !== undefined)) return undefined;
  const full = findDateMentions(evidence.context).filter((m) => m.day !== undefined && m.month !== undefined && m.year !== undefined);
  const fitting = [...new Map(full.filter((m) => weekdayOfDay(m.year!, m.month!, m.day!) === weekday).map((m) => [isoOf(m)!.value, m])).values()];
  if (fitting.length !== 1 || full.length !== fitting.length) return undefined;
  const note = `Le premier paragraphe dit « ${weekday} » sans date ; le titre ou une légende donne ${quote(fitting[0].text)}, qui était bien un ${weekday} : date de l'événement, reprise comme date probable de l'article.`;
  return { ...dated(fitting[0], evidence.lead, true, note), warnings: [`date déduite : « ${weekday} » + ${quote(fitting[0].text)} → ${isoOf(fitting[0])!.value}`] };
}

/**
 * The publication date and how sure it is: a date the page states as its own
 * (under the headline first, then a wire's dateline, then a date just above
 * the headline; a masthead's "today" never), else the cited source's date,
 * else the date in the page's address, else the lead's weekday and day (both deduced). A weekday that does not fit its
 * date leaves the date empty, and the note says why.
 */
export function resolvePublicationDate(evidence: DateEvidence): PublicationDate {
  const stamp = evidence.updateStamps.length ? ` Un bandeau indiquait : ${evidence.updateStamps.map(quote).join(", ")}.` : "";
  const widgets = evidence.stated.filter((s) => s.placement === "widget");
  const widgetNote = widgets.length ? ` La date en tête de page (${widgets.map((w) => quote(w.line)).join(", ")}) est celle du jour où le site a été consulté, pas celle de l'article.` : "";
  const finish = (result: PublicationDate): PublicationDate => {
    const note = `${result.dateNote ?? ""}${widgetNote}${stamp}`.trim();
    const warnings = widgets.length ? [...result.warnings, `date du bandeau du site ignorée : ${widgets.map((w) => quote(w.line)).join(", ")}`] : result.warnings;
    return { ...result, ...(note ? { dateNote: note } : {}), warnings };
  };

  const withYear = evidence.stated.filter((s) => s.date.year !== undefined);
  const stated = [
    ...withYear.filter((s) => s.placement === "header" && s.kind !== "wire"),
    ...withYear.filter((s) => s.kind === "wire"),
    ...withYear.filter((s) => s.placement === "above"),
    ...withYear.filter((s) => s.placement === "edge"),
  ][0];
  if (stated) {
    const actual = weekdayConflict(stated.date, stated.date.year!);
    if (actual) return finish(conflict(stated.date, stated.date.year!, actual, WHERE[stated.kind]));
    return finish(dated(stated.date, stated.line, false));
  }

  // « Mis à jour le 4 février 2026 » under a signed article's byline, and no other date it states: its own date still, the last it gives
  // itself. A site's unsigned page (a FAQ, « Dernière mise à jour : … ») is only revised that day, it was not published then.
  const updated = !evidence.signed
    ? undefined
    : evidence.updateStamps
        // In words or in figures (« Mis à jour le 27/01/2025 à 19:45 »): the same stamp.
        .map((line) => ({ line, date: [...findDateMentions(line), parseNumericDate(line)].find((m) => m?.day !== undefined && m.year !== undefined) }))
        .find((u) => u.date);
  if (updated?.date) return { ...dated(updated.date, updated.line, false, `La page ne donne que sa date de mise à jour (${quote(updated.line)}), reprise comme date de l'article.${widgetNote}`), warnings: [] };

  if (evidence.source?.date.year !== undefined) {
    const { name, date } = evidence.source;
    const actual = weekdayConflict(date, date.year!);
    if (actual) return finish(conflict(date, date.year!, actual, "ligne de source"));
    return finish(dated(date, `${name}, ${date.text}`, true, `Le texte n'a pas de date de publication propre : c'est celle de la source qu'il cite (${quote(`${name}, ${date.text}`)}).`));
  }

  if (evidence.address) {
    const { date, url } = evidence.address;
    return finish(dated(date, url, true, `Aucune ligne de date dans la page : la date vient de son adresse (${quote(url)}), où le site range ses articles par jour ; date probable de publication.`));
  }

  const lead = fromLead(evidence);
  if (lead) return finish(lead);

  const cited = [...new Set(findDateMentions(`${evidence.context}\n${evidence.lead}`).map((m) => m.text))];
  const citedNote = cited.length ? ` Dates citées, qui ne sont pas celle de la publication : ${cited.map(quote).join(", ")}.` : "";
  return finish(
    unknown(
      `Aucune date de publication dans la page (ni ligne de date, ni signature datée, ni source datée).${citedNote}`,
      `aucune date trouvée : date laissée à null, à compléter si possible${cited.length ? ` (dates citées : ${cited.join(", ")})` : ""}`,
    ),
  );
}
