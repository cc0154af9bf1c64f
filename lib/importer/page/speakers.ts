import { isProseLine, type Role } from "./line-roles";
import { isPersonNameLine, wordCount } from "./line-shapes";

/*
 * A transcript (a results call, a hearing, a radio show) names who speaks on
 * a line of its own before each turn: « Nicolas Jaeger », then what he says.
 * Those labels are page, not text; one of them at the end is no signature,
 * so what is said under it stays.
 */

/** A call's operator or a debate's moderator: what they say runs the call (« Votre ligne est ouverte »), it states nothing. */
const HOST = /^(?:l['’])?(?:opérat(?:eur|rice)|operator|modérat(?:eur|rice)|moderator)$/iu;

/** A label: a short line, no sentence, no figures. */
const labelShaped = (line: string) => wordCount(line) <= 4 && line.length <= 40 && /^\p{Lu}/u.test(line) && !/[.!?:;,«»()\d]/u.test(line);

/**
 * Marks speaker labels: short lines that each come back twice or more, every
 * time over a line of speech, two such labels at least on the page and four
 * turns in all. The host's turns go with its label.
 */
export function markSpeakers(lines: readonly string[], roles: Role[]): void {
  const turns = new Map<string, number[]>();
  // A label among two others (a contents list « Sommaire », a menu) is an entry of that list, not a turn:
  // an intertitle printed there and again over its section would otherwise read as a speaker.
  const entry = (k: number) => k >= 0 && k < lines.length && lines[k].length <= 60 && wordCount(lines[k]) <= 8 && !/[.!?:;]$/u.test(lines[k]) && !isProseLine(lines[k]) &&
    // A participant's name with its role (« Nicolas Jaeger – Directeur financier ») lists the speakers themselves.
    !/\s[–—-]\s/u.test(lines[k]);
  const listed = (i: number) => (entry(i - 2) && entry(i - 1)) || (entry(i - 1) && entry(i + 1)) || (entry(i + 1) && entry(i + 2));
  lines.forEach((l, i) => {
    if (labelShaped(l) && !listed(i)) turns.set(l, [...(turns.get(l) ?? []), i]);
  });
  const said = (line = "") => !labelShaped(line) && (isProseLine(line) || wordCount(line) >= 6);
  const labels = [...turns].filter(([, at]) => at.length >= 2 && at.every((i) => said(lines[i + 1])));
  if (labels.length < 2 || labels.reduce((n, [, at]) => n + at.length, 0) < 4) return;
  const isLabel = new Set(labels.map(([l]) => l));
  // Once the page is a transcript, a name alone over what is said is one more speaker (an analyst's one question),
  // and a labelled speaker's name with a role (« Nicolas Jaeger – Directeur financier ») lists the participants.
  lines.forEach((l, i) => {
    const named = isPersonNameLine(l) && said(lines[i + 1]);
    const listed = /\s[–—-]\s/u.test(l) && isLabel.has(l.split(/\s[–—-]\s/u)[0]) && wordCount(l) <= 10 && !isProseLine(l);
    if (!isLabel.has(l) && (named || listed)) roles[i] = { kind: "furniture", why: "speaker" };
  });
  for (const [label, at] of labels)
    for (const i of at) {
      roles[i] = { kind: "furniture", why: "speaker" };
      if (!HOST.test(label)) continue;
      for (let k = i + 1; k < lines.length && !isLabel.has(lines[k]) && said(lines[k]); k++) roles[k] = { kind: "furniture", why: "speaker" };
    }
}
