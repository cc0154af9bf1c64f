import { isFurniture, isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/** A link that leads away to read more: « En savoir plus », « Voir le planning », « Lire la suite », « Découvrir l'offre ». */
const READ_MORE = /^(?:en savoir plus|voir|lire|d[ée]couvrir|consulter)\b[^.!?]{0,40}$/iu;
const isReadMore = (line: string, role: Role) => isFurniture(role, "widget") && wordCount(line) <= 5 && READ_MORE.test(line.trim());

/**
 * A letter's next item after the article (« En savoir plus », then « Travaux »,
 * one line, « Voir le planning »): a short rubric and a line or two between two
 * read-more links is another item's teaser, furniture. A paragraph followed by
 * the page's sharing tools, or a longer section, stays.
 */
export function markTeasers(lines: readonly string[], roles: Role[], start: number): void {
  if (start < 0) return;
  for (let i = start + 1; i < lines.length; i++) {
    if (!isReadMore(lines[i], roles[i])) continue;
    let k = i + 1;
    while (k < lines.length && k <= i + 3 && isText(roles[k]) && wordCount(lines[k]) <= 25) k++;
    const rubric = lines[i + 1]?.trim() ?? "";
    if (k - i < 3 || k >= lines.length || !isReadMore(lines[k], roles[k]) || wordCount(rubric) > 3 || /[.!?,;:]$/u.test(rubric)) continue;
    for (let j = i + 1; j < k; j++) roles[j] = { kind: "furniture", why: "teaser" };
    i = k - 1;
  }
  markDatedTeasers(lines, roles, start);
}

/**
 * A tag or section page: its latest article in full, then, under « Plus
 * d'articles », other articles' titles and decks, each over its date alone
 * (« 11 août 2025 »). Those are other articles: their lines and dates are the
 * page's, never the text nor its date. Three lines at most over each date.
 */
function markDatedTeasers(lines: readonly string[], roles: Role[], start: number): void {
  const opened = roles.findIndex((r, i) => i > start && r.kind === "furniture" && r.why === "related" && r.block === "links");
  if (opened < 0) return;
  let from = opened + 1;
  for (let i = from; i < lines.length; i++) {
    const role = roles[i];
    if (role.kind === "dateline" && lines[i].trim() === role.date.text.trim() && i - from <= 3 && roles.slice(from, i).every((r) => isText(r) || r.kind === "furniture")) {
      for (let j = from; j <= i; j++) if (roles[j].kind !== "furniture") roles[j] = { kind: "furniture", why: "teaser" };
      from = i + 1;
    } else if (role.kind === "furniture") from = i + 1;
    else if (!isText(role) || i - from >= 3) return;
  }
}

/**
 * A front page's other items over its article (« À la une », then two or more
 * items, each a title over one sentence, then a rubric, then the article's
 * headline over its byline or dateline): the items and the rubric are
 * furniture, so the article is read from its own headline. One title and its
 * standfirst over a byline are the article's.
 */
export function markFrontPageItems(lines: readonly string[], roles: Role[]): void {
  const title = (k: number) => k >= 0 && isText(roles[k]) && wordCount(lines[k]) >= 4 && wordCount(lines[k]) <= 20 && !/[.!?…]$/u.test(lines[k].trim());
  const deck = (k: number) => k >= 0 && isText(roles[k]) && wordCount(lines[k]) <= 30 && /[.!?…]$/u.test(lines[k].trim());
  const signed = roles.findIndex((r, b) => (r.kind === "byline" || r.kind === "dateline") && title(b - 1));
  if (signed < 0) return;
  let k = signed - 2;
  const labels: number[] = [];
  while (k >= 0 && isText(roles[k]) && wordCount(lines[k]) <= 2 && !/[.!?]$/u.test(lines[k])) labels.push(k--);
  const items: number[] = [];
  while (deck(k) && title(k - 1)) {
    items.push(k, k - 1);
    k -= 2;
  }
  if (items.length < 4) return;
  for (const j of [...labels, ...items]) roles[j] = { kind: "furniture", why: "teaser" };
}
