import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A post from a social network embedded between paragraphs, as a page's text
 * copy prints it: the account's name and its handle on one line (« Ministère
 * de la Mer @MerGouv »), the post on the next, sometimes its time stamp under
 * it (« 9:42 AM · 19 mai 2025 »). The article quotes the post in its own
 * words if it wants it: the embed is furniture, and its stamp dates nothing.
 */

/** An account's handle (« @MerGouv »). */
const HANDLE = String.raw`@[\p{L}\d_]{2,30}`;

/** « Name @handle »: a few words, then the handle closing the line. */
const AUTHOR_LINE = new RegExp(String.raw`^\p{Lu}[\p{L}'’. -]{1,60}\s${HANDLE}$`, "u");

/** An account's name alone over its handle: a few words, no sentence's end (« Ministère de la Communication - Niger »). */
const ACCOUNT_NAME = /^\p{Lu}[\p{L}\d'’. &-]{1,60}$/u;

/** « @handle » alone: an embed that prints no name; only its stamp under the post tells it from a line of text. */
const HANDLE_LINE = new RegExp(`^${HANDLE}$`, "u");

/** An account's handle anywhere in a line, in brackets or after a space (« Ministère (@compte) · 15 oct. 2024 »). */
const HANDLE_IN = new RegExp(String.raw`(?:^|[\s(])${HANDLE}\b`, "u");

/** A post's date closing its stamp after a dot (« · 15 oct. 2024 »). */
const DATE_CLOSING = /[·•]\s*\d{1,2}\s\p{L}+\.?\s\d{4}$/u;

/** An embed's stamp: « 9:42 AM · 19 mai 2025 », « 14:05 · 3 mars 2026 ». */
const STAMP = /^\d{1,2}[:h]\d{2}(?:\s?[AP]M)?\s*·\s*.{4,30}\d{4}$/u;

/** « Name (@handle) : post » on one line: the account and its post, as a page's text copy prints a quoted embed. */
const SIGNED_POST = new RegExp(String.raw`^\p{Lu}[\p{L}'’. -]{1,60}\s\(${HANDLE}\)\s?:\s\S`, "u");

/** A network's post header: a name, its role at most, then the post's age (« Laure Morel • 2 j », « Name · Directrice · 3 sem. »). */
const AGED_AUTHOR = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:\s[·•]\s[^·•]{2,60})?\s[·•]\s\d{1,2}\s?(?:j|h|min|sem|mois|an)\.?$/u;

/** The reactions under a post: « 👍 412 · 38 commentaires », « 1 204 réactions · 12 republications ». */
const REACTIONS = /^\S{0,2}\s*\d[\d\s\u202f]*(?:\s(?:\p{Ll}+|J['’]aime))?(?:\s?[·•]\s?\d+\s(?:commentaires?|partages?|republications?|réactions?|reposts?|retweets?))+$/u;

/** An embedded post's stamp: an account's handle, or the post's kind (« Tweet de @compte · 3 juillet 2023 »). */
const EMBED_STAMP = new RegExp(String.raw`${HANDLE}\b|^(?:tweet|post|message)\s+(?:de|d['’])\s`, "iu");

/** A dated line heading an embedded post: furniture like a dateline, but its date is the post's, never the article's. */
export const isEmbedStamp = (line: string): boolean => EMBED_STAMP.test(line) && line.length <= 120;

/** A date alone on its line, as the date line's role read it whole (« 2 mars 2026 »). */
const dateAlone = (line: string | undefined, role: Role | undefined) => !!line && role?.kind === "dateline" && line.trim() === role.date.text.trim();

/** A post header naming its author and his role, no age (« Name · Directrice chez Firm »): the post's date comes on the next line. */
const ROLE_AUTHOR = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s[·•]\s[^·•]{2,80}$/u;

/** The post under an embed's header, then its reactions at most: furniture from `from` to the post, and the reactions line. */
function markPostUnder(lines: readonly string[], roles: Role[], from: number, post: number, needReactions: boolean): void {
  if (roles[post]?.kind !== "text" || (lines[post]?.length ?? 0) > 500) return;
  const counted = REACTIONS.test(lines[post + 1]?.trim() ?? "");
  if (needReactions && !counted) return;
  for (let k = from; k <= post + (counted ? 1 : 0); k++) roles[k] = { kind: "furniture", why: "social-post" };
}

/**
 * A post's text closed by its hashtags (« … au service des entreprises ! 🌐 #Cloud #Lyon »): two or more
 * hashtags end a post, never a sentence of an article, which names a tag, if ever, inside its words.
 */
const HASHTAGS_CLOSING = /\S\s+#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)+\s*$/u;

export function markEmbeddedPosts(lines: readonly string[], roles: Role[]): void {
  lines.forEach((line, i) => {
    if (roles[i].kind === "text" && line.length <= 500 && HASHTAGS_CLOSING.test(line)) {
      roles[i] = { kind: "furniture", why: "social-post" };
      return;
    }
    // « Name (@handle) · 15 oct. 2024 » over the post: the stamp heads an embed, the short line under it is its post.
    // A flag or an emoji before the account may keep the line from being read as a dateline: its closing « · date » tells it.
    const stamp = roles[i].kind === "dateline" || (roles[i].kind === "text" && DATE_CLOSING.test(line.trim()));
    if (stamp && HANDLE_IN.test(line) && line.length <= 120) return markPostUnder(lines, roles, i, i + 1, false);
    // « Name · Role chez Firm » / « 25 oct. 2023 » / post / « 1 245 réactions · 87 commentaires »: the reactions tell the embed.
    if (ROLE_AUTHOR.test(line.trim()) && roles[i].kind === "text" && dateAlone(lines[i + 1], roles[i + 1])) return markPostUnder(lines, roles, i, i + 2, true);
    // A post printed on one line with its account, its date alone under it: the embed and its date, not an item of a list nor the page's date.
    if (SIGNED_POST.test(line) && roles[i].kind === "text" && dateAlone(lines[i + 1], roles[i + 1])) {
      roles[i] = { kind: "furniture", why: "social-post" };
      roles[i + 1] = { kind: "furniture", why: "social-post" };
      return;
    }
    // A post under its author's name and age, its reactions under it: the three lines are the embed's.
    if (AGED_AUTHOR.test(line.trim()) && roles[i].kind === "text" && roles[i + 1]?.kind === "text" && (lines[i + 1]?.length ?? 0) <= 500) return markPostUnder(lines, roles, i, i + 1, false);
    // Under the post, its stamp: a time and a date, or the date alone (« 19 févr. 2026 »).
    const stamped = lines[i + 2] !== undefined && (STAMP.test(lines[i + 2]) || dateAlone(lines[i + 2], roles[i + 2]));
    if (!(AUTHOR_LINE.test(line) && wordCount(line) <= 8) && !(HANDLE_LINE.test(line) && stamped)) return;
    // « Name » over « @handle »: the account's name on its own line is the embed's too.
    if (HANDLE_LINE.test(line) && i > 0 && roles[i - 1].kind === "text" && ACCOUNT_NAME.test(lines[i - 1].trim()) && wordCount(lines[i - 1]) <= 6) roles[i - 1] = { kind: "furniture", why: "social-post" };
    const post = lines[i + 1];
    // The post is one line, short as posts are; a paragraph of the article would come after a stamp or nothing at all.
    if (post === undefined || roles[i + 1].kind !== "text" || post.length > 500) return;
    roles[i] = { kind: "furniture", why: "social-post" };
    roles[i + 1] = { kind: "furniture", why: "social-post" };
    if (stamped) roles[i + 2] = { kind: "furniture", why: "social-post" };
  });
}
