import { type EntityRegistry, namesOf } from "../../model/entity-registry";

/*
 * Nationality adjectives that stand for or qualify a firm: the contractor's
 * nationality is no country of the story, « L'américain investira » is a firm.
 */

/** The words that make the firm after them a contractor: « confié à l'entreprise », « le contrat … avec le groupe ». */
export const CONTRACTOR = /(?:(?:confi|attribu|adjug|sous-trait)[ée]e?s?\s+(?:à|au)|\bcontrat\b[^.!?\n]{0,80}\savec)\s+(?:l['’]|les?\s+|la\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A verb after a nationality used as a noun (« L'américain investira »): the sentence's subject is a firm. */
const FIRM_VERB = String.raw`(?:a|va|compte|prévoit|investit|annonce|lance|rachète|exploite|construit|ouvre|vise|mise|cible|\p{Ll}{3,}(?:era|ira|ra))`;

/**
 * « Oracle a annoncé… L'américain investira »: a nationality used as a noun, subject of a firm's verb, stands for
 * the firm the sentence before opens on; it names a country only when that firm is a registry one of that country.
 */
export function nationalityNoun(text: string, form: string, slug: string, companies: readonly string[], registry: EntityRegistry): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:L['’]|Le\s+|La\s+)${form}e?\s+${FIRM_VERB}(?![\p{L}])`, "gu"))) {
    const previous = text.slice(Math.max(0, m.index! - 300), m.index! + 1).split(/(?<=[.!?])\s+|\n/).filter((p) => p.trim()).at(-1) ?? "";
    if (companies.some((c) => registry.companies.get(c)?.country === slug && namesOf(registry.companies.get(c)!).some((n) => previous.trimStart().startsWith(n)))) return true;
  }
  return false;
}
