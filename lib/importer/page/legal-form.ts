/*
 * The legal form closing a firm's name as written (« Kempen Datacenters NV »,
 * « Sify Technologies Limited », « Brenta Dati S.p.A. »): never part of what
 * the firm is called, never a person's surname, never a newspaper's masthead.
 * One list for the page's publisher, its bylines and the firms it proposes.
 */
const FORMS = String.raw`(?:SASU|SAS|S\.A\.S?\.?|S\.A(?![\p{L}.])|SARL|SA|S\.A\.|SE|GmbH|AG|Ltd\.?|Limited|[Ii]nc\.?|Corp\.?|Corporation|LLC|plc|PLC|NV|N\.V\.|BV|B\.V\.|SpA|S\.p\.A\.?|Srl)`;
const TRAILING = new RegExp(String.raw`,?\s+${FORMS}$`, "u");
/** The same forms in any case, for a line that must not end on one (a byline: « … Limited » is a firm). */
const TRAILING_ANY_CASE = new RegExp(String.raw`\s${FORMS}$`, "iu");

/** The name with its closing legal form cut off; what is left may be empty. */
export const stripLegalForm = (name: string) => name.replace(TRAILING, "");

/** The name a firm goes by, its legal form removed, when something is left (« SA » alone stays). */
export function withoutLegalForm(name: string): string {
  const bare = stripLegalForm(name);
  return /\p{L}{2}/u.test(bare) ? bare : name;
}

/** True when the text closes on a legal form, in any case. */
export const endsWithLegalForm = (text: string) => TRAILING_ANY_CASE.test(text);
