import { isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/** « VIDÉO. Sur le chantier… », « VIDÉO | La ministre annonce… », « VIDÉO - Revoir l'audition (2h54) »: a player's title. */
const VIDEO_TITLE = /^VID[ÉE]O\s*[.|:–—-]\s*\S/u;

/** A text line shaped as a player's title: « VIDÉO » and a title of a headline's length at most, not closed as a sentence. */
const isPlayerTitle = (line: string, role: Role) => isText(role) && VIDEO_TITLE.test(line) && wordCount(line) <= 20 && !/[.!;]$/u.test(line);

/**
 * A video player printed in the page: its title, « VIDÉO » then a title, a
 * line of its own under the headline (between the byline and the text, or
 * between paragraphs). It is the player's, no sentence of the article. The same
 * words above the text may be the page's headline (« VIDÉO. Town : … »), which
 * is why this runs once the headline is chosen, and only under it; a title of
 * more than a headline's length, or a line closed as a sentence, stays.
 */
export function markVideoTeasers(lines: readonly string[], roles: Role[], headline: number): void {
  if (headline < 0) return;
  for (let i = headline + 1; i < lines.length; i++) {
    if (isPlayerTitle(lines[i].trim(), roles[i])) roles[i] = { kind: "furniture", why: "teaser" };
  }
}

/** A player's clock, elapsed over total (« 00:00 / 02:14 »). */
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u;

/**
 * « VIDÉO. Title » over the player's clock is the player's title wherever it
 * stands, above the headline's choice too: the clock under it says a player is
 * printed there. Without the clock, only the positional rule above applies, so
 * that a headline written « VIDÉO. Town : … » stays the headline.
 */
export function markPlayerTitles(lines: readonly string[], roles: Role[]): void {
  lines.forEach((line, i) => {
    if (isPlayerTitle(line.trim(), roles[i]) && PLAYER_CLOCK.test(lines[i + 1]?.trim() ?? "")) roles[i] = { kind: "furniture", why: "teaser" };
    // « Vidéo : le reportage de notre JT » / « Le futur réseau de chaleur du quartier » / « 02:41 »: the player's label, its
    // title, its length; the title between them is a short line no sentence closes (a paragraph there stays).
    else if (isText(roles[i]) && PLAYER_LABEL.test(lines[i - 1]?.trim() ?? "") && LENGTH.test(lines[i + 1]?.trim() ?? "") && wordCount(line) <= 15 && !/[.!?;…]$/u.test(line.trim()))
      roles[i] = { kind: "furniture", why: "teaser" };
    // « Écouter le reportage de X : » over « ▶ 00:00 / 02:41 »: the player's label, announcing it.
    else if (isText(roles[i]) && /^(?:écouter|réécouter|regarder|revoir)\s.{0,80}:$/iu.test(line.trim()) && LENGTH.test(lines[i + 1]?.trim() ?? ""))
      roles[i] = { kind: "furniture", why: "teaser" };
  });
}

/** A player's label over its title: « Vidéo : … », « ▶ VIDÉO | … », « Vidéo » alone. */
const PLAYER_LABEL = /^[▶►▷]?\s*vid[ée]o(?:\s*[.|:–—-]\s*\S.*)?$/iu;
/** A player's length alone (« 02:41 », « 1:02:41 ») or its clock. */
const LENGTH = /^(?:[▶►▷]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
