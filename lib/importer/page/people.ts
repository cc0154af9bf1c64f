import { type EntityRegistry, resolveName } from "../../model/entity-registry";
import { PERSON_NAME, SENTENCE_WORDS, trimLeadingSentenceWords } from "./line-shapes";

/** A person the text quotes or names with a role, for the editor to confirm. */
export type PersonCandidate = { name: string; role?: string };

const ROLE_WORDS = String.raw`(?:(?:co-?)?fondat(?:eur|rice)|(?:vice-)?pr[ée]sidente?|directeur|directrice|PDG|CEO|CTO|CFO|COO|DG|DSI|responsable|porte-parole|ministre|analyste|chef|dirigeante?|associée?|secr[ée]taire|d[ée]l[ée]gu[ée]e?|administrat(?:eur|rice)|chercheu(?:r|se)|professeure?|experte?|consultante?|patronne?|manager|head)`;

const SPEECH_VERBS = String.raw`(?:explique|a expliqué|expliquait|déclare|a déclaré|assure|a assuré|indique|a indiqué|précise|a précisé|affirme|a affirmé|souligne|a souligné|ajoute|a ajouté|confie|a confié|estime|a estimé|a annoncé|annonce|selon|d'après|d’après|raconte|détaille|commente|reconnaît)`;

/** "Jeff Zhang, président et directeur de la technologie d’Alibaba Cloud Intelligence". */
const NAME_THEN_ROLE = new RegExp(`(${PERSON_NAME}),\\s+((?:(?:le|la|l'|l’)\\s*)?${ROLE_WORDS}.*?)(?=\\s*(?:[,.;«»"“”(]|\\s(?:a|ont|est|sont|avait|explique|assure)\\s|$))`, "gu");
/** "explique Jonas Bogoshi", "a expliqué dans un communiqué Jeff Zhang". */
const VERB_THEN_NAME = new RegExp(`(?<![\\p{L}])${SPEECH_VERBS}(?:\\s+[\\p{Ll}'’]+){0,4}\\s+(${PERSON_NAME})`, "gu");
/** "Le président d’Alibaba Cloud Intelligence, Jeff Zhang, a ainsi déclaré". */
const ROLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(${ROLE_WORDS}[^,.;«»]{0,80}),\\s+(${PERSON_NAME}),`, "gu");

/** A transcript's speaker opening the line: "[12:10] Inès Boulanger : On vient de lever…". */
const SPEAKER = new RegExp(`(?:^|\\n)(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?(${PERSON_NAME})\\s*:\\s`, "gu");

/**
 * Names the text quotes or gives with a role. Heuristic on purpose: the
 * editor confirms them before they reach `people`, so recall beats precision.
 * @example findPeople("« … », explique Jonas Bogoshi, président-directeur général de BCX.", registry)
 * // [{ name: "Jonas Bogoshi", role: "président-directeur général de BCX" }]
 */
export function findPeople(text: string, registry: EntityRegistry): PersonCandidate[] {
  const found = new Map<string, PersonCandidate>();
  const add = (raw: string, role?: string) => {
    const name = trimLeadingSentenceWords(raw);
    if (SENTENCE_WORDS.has(name.split(" ")[0].toLowerCase()) || resolveName(registry, name).length) return;
    const known = found.get(name);
    if (!known) found.set(name, { name, role });
    else if (!known.role && role) known.role = role;
  };
  const hits: { index: number; name: string; role?: string }[] = [];
  for (const m of text.matchAll(NAME_THEN_ROLE)) hits.push({ index: m.index!, name: m[1], role: m[2].trim() });
  for (const m of text.matchAll(SPEAKER)) hits.push({ index: m.index! + m[0].indexOf(m[1]), name: m[1] });
  for (const m of text.matchAll(VERB_THEN_NAME)) {
    // « a déclaré le directeur général de Sify Technologies »: a name after « de » is the speaker's firm, not the speaker.
    if (/(?<![\p{L}])(?:de|du|des|d['’])\s*$/u.test(m[0].slice(0, m[0].length - m[1].length))) continue;
    hits.push({ index: m.index! + m[0].length - m[1].length, name: m[1] });
  }
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    const role = m[1].trim();
    hits.push({ index: m.index!, name: m[2], role: role.charAt(0).toLowerCase() + role.slice(1) });
  }
  hits.sort((a, b) => a.index - b.index).forEach((h) => add(h.name, h.role));
  return [...found.values()];
}
