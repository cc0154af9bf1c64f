import { foldText } from "../../text/text";
import { type DateMention, dayExists, findDateMentions, parseIsoDate, parseNumericDate } from "./dates";

/** English month names, for the dates of English-language page templates ("Jun 11, 2024"). */
const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ENGLISH_DATE = /^(?:posted on\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/;
/** A feed's item date in RFC 822 (« pubDate: Tue, 08 Apr 2025 07:30:00 +0200 »); the feed's own « lastBuildDate » is not an item's. */
const RFC822_DATE = /^(?:pubdate|dc:date|published)\s*:\s*(mon|tue|wed|thu|fri|sat|sun),\s+(\d{1,2})\s+([a-z]{3})\s+(\d{4})(?:\s+\d{2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|gmt|utc))?)?$/;
// « Publiée le », « Affiché le » (a council's notice), « Épisode du » (a podcast's), « Parue le » (a notice's), « Première diffusion le »
// (a video's), « Alerte publiée le », « Article mis en ligne le », the page naming itself (« Ce contenu a été publié le », « Cet article est paru le »); « Édition du » a broadcast's or a paper's issue, « Séance du » a sitting's record, « Déposé (par …) le » a filed text's: the page's own date, announced.
export const PUBLISHED = /^(?:\p{L}+\s+(?=(?:publiee?s?|mise? en ligne|diffusee?) le\b)|(?:ce|cet|cette)\s+(?:contenu|article|page|depeche|video|billet|texte)\s+(?:a ete|est)\s+(?=(?:publiee?|mise? en ligne|diffusee?|parue?) le\b))?(publiee?s?|mise? en ligne|poste|parue?s?|deposee?s?|date|publication|communique de presse|affichee?|episode du|edition du|seance du|diffusee? le|premiere diffusion le)\b/u;
/** A written answer's reference line: who answers, the date, the question it answers, then a colon. */
const ANSWER = /^reponse d(?:u|e la) (?:ministre|secretaire d'etat|gouvernement|premier ministre|premiere ministre)\b.{0,200}\bdu \d.{0,200}:$/u;

/** Words a dateline may hold besides its date: "le", "à", a time and its zone (« 15:10 CET »), separators, an issue number. */
const DATELINE_FILLER = /^(le|à|a|\d{1,2}\s*[h:]\s*\d{0,2}|\d{1,2}:\d{2}:\d{2}|h|uhr|\d{2}|n°|n°\d+|no|\d{1,4}|\\|\/|•|·|(?:utc|gmt)(?:[+-]\d{1,2})?|cet|cest|hne|hae)$/i;

/** « Avis adopté lors de la séance du 26 février 2026 par … », « Délibération n° 12 adoptée le … »: when its body adopted the document, its own date. */
const ADOPTED = /^\p{L}+(?:\s+n°\s*[\w./-]+)?\s+(?:adoptee?s?|deliberee?s?)\s+(?:le|lors de la seance du|en seance du)\s/u;

/** A letter's or a paper's issue line: its title, « n° 212 », then the issue's date (« Semaine du 11 septembre 2025 »). */
const ISSUE = /^(?:[\p{L}'’&.\s]{1,50}\s)?[Nn][°º]\s*\d+\s*[–—-]\s*(?:[Ss]emaine du\s+|[ÉéEe]dition du\s+)?/u;

/**
 * A dateline: a line that gives the publication date ("Publié le 3 février 2021
 * à 9h12", "Date : 15/04/2024", "jeudi 5 mai 2022", "05/05/2022 - 10:30",
 * "N° 312 - mardi 3 décembre 2024", "Jun 11, 2024"), or undefined for any other line.
 */
export function parseDateline(line: string): DateMention | undefined {
  if (line.length > 200) return undefined;
  const folded = foldText(line).trim();
  const rfc = folded.match(RFC822_DATE);
  if (rfc) {
    const [day, rfcMonth, year] = [Number(rfc[2]), ENGLISH_MONTHS.indexOf(rfc[3]) + 1, Number(rfc[4])];
    // The weekday printed must fit the date, as everywhere else: a feed that got it wrong dates nothing.
    const fits = rfcMonth > 0 && dayExists(year, rfcMonth, day) && ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(Date.UTC(year, rfcMonth - 1, day)).getUTCDay()] === rfc[1];
    const index = line.indexOf(":") + 1;
    return fits ? { text: line.slice(index).trim(), index, day, month: rfcMonth, year } : undefined;
  }
  const english = folded.match(ENGLISH_DATE);
  const month = english ? ENGLISH_MONTHS.indexOf(english[1]) + 1 : 0;
  if (english && month > 0 && dayExists(Number(english[3]), month, Number(english[2]))) {
    return { text: line.trim(), index: 0, day: Number(english[2]), month, year: Number(english[3]) };
  }
  const mention = findDateMentions(line).find((d) => d.day !== undefined || d.year !== undefined) ?? parseNumericDate(line) ?? parseIsoDate(line);
  if (!mention) return undefined;
  // « Date limite de réception des offres », « Date de clôture », « Date d'effet », « Date de l'assemblée »: a key
  // naming another event than the page's own issue dates that event; only publication, posting, sending or edition date the page.
  if (/^date\s+\p{L}/u.test(folded) && !/^date\s+(?:de\s+|d['’]\s*)(?:la\s+)?(?:publication|parution|mise en ligne|diffusion|envoi|edition|redaction)\b/u.test(folded)) return undefined;
  if (PUBLISHED.test(folded)) return line.length <= 160 ? mention : undefined;
  if (ADOPTED.test(folded)) return line.length <= 200 ? mention : undefined;
  // « Réponse du ministre de l'Économie du 27 juin 2025, à la question n° 1187 … : »: a written answer's reference line,
  // over the answer it introduces, dates the answer the page publishes (its first date; the question's comes after).
  if (ANSWER.test(folded) && line.length <= 220) return mention;
  // A line that is only a date: nothing left once the date, a time and linking words are gone.
  // "Paris, le 20 février 2025": a release's place and date, alone on their line.
  const rest = line
    // « Chennai (Inde), le 19 août 2025 », « Geel, 11 février 2025 »: the country in brackets, the « le » left out.
    .replace(/^\p{Lu}[\p{L}'’ -]{1,40}(?:\s\(\p{Lu}[\p{L}'’ -]{1,30}\))?,\s+(?=le\s|\d)/u, "")
    .replace(ISSUE, "")
    .replace(mention.text, " ")
    .split(/[\s,|–—-]+/)
    .filter((word) => word && !DATELINE_FILLER.test(word));
  if (rest.length === 0) return mention;
  // "APS | 22/01/2025 - 17:08", "03/11/2025 | 14:32 | Reuters": the date, then the agency or desk that filed it.
  const parts = line.split(/\s+[|·•]\s+/u);
  const named = (part: string) => part.length <= 40 && /^\p{Lu}/u.test(part) && !/[.!?;:,]$|\d/u.test(part) && part.split(/\s+/).length <= 3;
  // « Annonce n° AL-118 · Parue le 21/10/2025 · Département : … »: a notice's reference line, one part announcing its date.
  if (parts.some((p) => p.includes(mention.text) && p.length <= 40 && PUBLISHED.test(foldText(p)) && !/^date\s+\p{L}/u.test(foldText(p)))) return mention;
  return parts.length >= 2 && parts.some((p) => p.includes(mention.text)) && parts.every((p) => p.includes(mention.text) || named(p) || /^\d{1,2}\s*[h:]\s*\d{2}$/.test(p))
    ? mention
    : undefined;
}
