import { type DateMention, findDateMentions, parseNumericDate } from "./dates";

/** "(Source : WeAreTechAfrica, 11 octobre 2023)" → the publication and, when given, its date. */
export type SourceLine = { name: string; date?: DateMention };

/**
 * A source line, with or without brackets; the date is taken from the part after
 * the last comma when that part is a date.
 * @example parseSourceLine("(Source : WeAreTechAfrica, 11 octobre 2023)") // { name: "WeAreTechAfrica", date: { day: 11, month: 10, year: 2023, … } }
 */
export function parseSourceLine(line: string): SourceLine | undefined {
  const match = line.trim().match(/^[([]?\s*(?:source|sources|d'après|d’après)\s*:\s*(.+?)\s*[)\]]?\.?$/iu);
  if (!match || match[1].length > 150) return undefined;
  // « Source : X, d'après Y et Z »: X made the figures from Y's; X is the source the line names.
  const content = match[1].replace(/(?<=\S),?\s+(?:d'après|d’après|selon)\s.*$/iu, "");
  const comma = content.lastIndexOf(",");
  if (comma > 0) {
    const tail = content.slice(comma + 1).trim();
    const date = findDateMentions(tail).find((d) => d.year !== undefined) ?? parseNumericDate(tail);
    if (date && date.text.length >= tail.length - 3) return { name: content.slice(0, comma).trim(), date };
  }
  return { name: content };
}

/** A capitalised word of a name; a paper's name: such words joined by a space, « de », « la », « l' » (« La Presse de la Manche »). */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PAPER = String.raw`${WORD}(?:(?:\s(?:de|du|des|la|le|les|et))*\s(?:[ld]['’])?${WORD}){0,4}`;

/**
 * A photo credit line ("Photo : AFP", "Crédit photo : Jeanne Martin", "© Reuters"):
 * what it credits, kept out of the body and never taken for the author.
 * A long "Photo : …" line describes the picture: it is a caption, not a credit.
 */
export function parseCredit(line: string): string | undefined {
  const trimmed = line.trim();
  const match =
    // « Ph. : DR »: the photo's abbreviated label, its colon said.
    trimmed.match(/^(?:photos?|ph\.|cr[ée]dits?(?: photos?)?|illustration|image|vid[ée]o)\s*:\s*(.+)$/iu) ??
    trimmed.match(/^(?:©|\(c\))\s*(.+)$/iu) ??
    // « Droits d'auteur AP Photo/X »: a video site's label for the picture's rights holder, then the holder.
    trimmed.match(/^[Dd]roits d['’]auteur\s*:?\s+(\p{Lu}[^.!?]+)$/u) ??
    // Press credits in capitals: "PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE", "(JULIEN DUPRÉ / MAXPPP)".
    trimmed.match(/^PHOTOS?\s+([\p{Lu}][\p{Lu}\s'’.,/-]+)$/u) ??
    trimmed.match(/^\(([\p{Lu}][\p{Lu}\s'’.-]*\s\/\s[\p{Lu}][\p{Lu}\s'’./-]*)\)$/u) ??
    // « Photo S.T. », « Photo Jean Roy »: the photographer's initials or name after the word, without a colon.
    trimmed.match(/^(?:Photo|Ph\.)\s+(\p{Lu}\.(?:\s?-?\p{Lu}\.){1,3}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})$/u) ??
    // « Photo Jean Roy / LE JOURNAL », « Photo JDR, archives »: the photographer or the paper, then its paper or « archives ».
    trimmed.match(/^(?:Photos?|Ph\.)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:\s?\/\s?\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,3}|,\s(?:archives?|illustration)))$/u) ??
    // « Photo LV/Voix89 »: the photographer's initials, a slash, the paper's name in one word (« LaVoix », « Voix89 »).
    trimmed.match(/^(?:Photos?|Ph\.)\s+(\p{Lu}{2,4}\s?\/\s?\p{Lu}[\p{L}\d'’-]+)$/u) ??
    // « Photo Le Bulletin / S.B. », « Photo Radio X/Ph. Jean Roy »: the paper, a slash, its photographer's initials or name.
    trimmed.match(/^(?:Photos?|Ph\.)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\s?\/\s?(?:(?:\p{Lu}\.){2,3}|Ph\.\s\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{L}'’-]+))$/u) ??
    // « (Photo : DR) »: a credit in brackets, its label said.
    trimmed.match(/^\((?:photos?|ph\.|cr[ée]dits?(?: photos?)?)\s*:\s*([^()]{2,40})\)$/iu) ??
    // « (©Jean Roy / Le Bulletin) », « (©Le Bulletin) »: the copyright sign in brackets, then the holder.
    trimmed.match(/^\(©\s*(\p{Lu}[^()]{1,60})\)$/u) ??
    // « Photo Le Bulletin du Cher », « Photo JdB - S.V. », « Archives Le Bulletin »: a paper's name, capitalised words
    // joined by « de », « la », « l' », then a dash and its photographer's initials or name.
    trimmed.match(new RegExp(`^(?:Photos?|Ph\\.)\\s+(${PAPER}(?:\\s[-–]\\s(?:(?:\\p{Lu}\\.){1,3}|${WORD}(?:\\s${WORD}){1,2}))?)$`, "u")) ??
    trimmed.match(new RegExp(`^Archives\\s+(${PAPER})$`, "u")) ??
    // « Photo d'archives Jean Roy », « Photo archives Le Bulletin », « (Ph. Le Bulletin) »: the label, then who holds the picture.
    trimmed.match(new RegExp(`^(?:Photos?|Ph\\.)\\s+(?:d['’])?archives\\s+(${PAPER})$`, "u")) ??
    trimmed.match(new RegExp(`^\\((?:Photos?|Ph\\.)\\s+(${PAPER})\\)$`, "u")) ??
    // « Photo Jean Roy | Le Bulletin © »: the photographer, a bar, the paper, its copyright sign after it.
    trimmed.match(new RegExp(`^(?:Photos?|Ph\\.)\\s+(${WORD}(?:\\s${WORD}){1,2}\\s\\|\\s${PAPER})(?:\\s?©)?$`, "u")) ??
    // « (Jean Roy/Archives Le Bulletin) »: in brackets, the photographer, a slash, the paper's archives.
    trimmed.match(new RegExp(`^\\((${WORD}(?:\\s${WORD}){1,2}\\s?\\/\\s?Archives\\s${PAPER})\\)$`, "u")) ??
    // « Jean Roy pour Le Bulletin »: a photographer's name, then the paper the picture was taken for; a byline says « Par ».
    trimmed.match(new RegExp(`^(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){1,2}\\spour\\s${PAPER})$`, "u"));
  if (match) return match[1].length <= 60 ? match[1].trim() : undefined;
  return isAgencyCredit(trimmed) ? trimmed : undefined;
}

/**
 * Photo agencies and picture banks, and « DR » (droits réservés): the words a
 * credit line is made of. A vocabulary of the trade, like month names, not a
 * list of sites.
 */
const AGENCIES = /^(?:afp|ap|associated press|reuters|getty images|getty|belga|keystone|epa|anp|dpa|ansa|maxppp|sipa|abaca|hans lucas|istock|shutterstock|adobe stock|unsplash|photo news|xinhua|bloomberg|dr|droits réservés)$/iu;

/**
 * A line that only credits a picture: agencies alone or joined ("Getty Images",
 * "AFP", "DR", "Hans Lucas via AFP"), or a name followed by one ("Vantage Data
 * Centers / DR", "Photo Le Télégramme – DR").
 * @example isAgencyCredit("Reuters / Pascal Rossignol") // true
 * @example isAgencyCredit("L'AFP a confirmé l'information.") // false
 */
export function isAgencyCredit(line: string): boolean {
  if (line.length > 80 || /[.!?;:]$/.test(line)) return false;
  const parts = line.split(/\s+(?:\/|–|—|-|via)\s+|\s*\/\s*|,\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.every((p) => AGENCIES.test(p))) return true;
  // « DR/Firm »: rights reserved, then the firm that handed the picture out.
  if (parts.length === 2 && /^(?:DR|D\.R\.)$/u.test(parts[0]) && /^\p{Lu}/u.test(parts[1]) && parts[1].split(/\s+/).length <= 4) return true;
  const last = parts.at(-1) ?? "";
  // "Name / AFP": the credit's last part is an agency, the first a name (capitals, no sentence).
  return parts.length >= 2 && AGENCIES.test(last) && parts.slice(0, -1).every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 6);
}
