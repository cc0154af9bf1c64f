import type { Role } from "./line-roles";
import { isReactionBar } from "./clutter-shapes";
import { wordCount } from "./line-shapes";
import { foldText } from "../../text/text";

/*
 * An embedded post as a page's text copy prints it when the embed's header
 * takes several lines (round 39): the account's name, its job line, the post's
 * date or age, the post, then what the network prints under it — a counter
 * bar (« 245 J'aime · 18 commentaires », « 👍 87 💬 12 ↪️ 9 ») or a button
 * (« Traduire le post », « Voir ce post sur Instagram »). The bar or the
 * button tells the embed: no paragraph of an article ends on one. The post is
 * removed only when a stamp above it (a date, an age, a handle, « X sur
 * LinkedIn · date ») shows where the embed starts; otherwise only the bar goes.
 */

/** The networks whose embeds pages print (« X sur LinkedIn · 2 avril 2024 »). */
const NETWORKS = "linkedin|instagram|facebook|x|twitter|tiktok|threads|bluesky|mastodon|youtube";

/** An embed's header naming its network, then the post's date or age after a dot. */
const NETWORK_HEADER = new RegExp(String.raw`^\S.{0,60}?\ssur\s(?:${NETWORKS})\s?[·•]\s?[^·•]{0,25}\d[^·•]{0,25}$`, "iu");

/** An embed's buttons: translate the post, open it on its network. */
const POST_BUTTON = new RegExp(
  String.raw`^(?:traduire (?:le|ce|la|cette) (?:post|tweet|message|publication)|(?:afficher|voir) la traduction|voir (?:ce|le|cette|la) (?:post|tweet|message|publication|video|photo|reel) sur (?:${NETWORKS}))$`,
  "u",
);

/** A counter bar of emoji and counts only (« 👍 87 💬 12 ↪️ 9 », « 💬 48 🔁 112 ❤️ 390 »): two counts at least. */
const EMOJI_COUNTERS = /^(?:\p{Extended_Pictographic}\uFE0F?\s?\d[\d\s.,\u202f]*[kKM]?\s*){2,}$/u;

/** Counts and their words between dots, an emoji or « J'aime » before the first (« 👍 214 · 31 commentaires », « 245 J'aime · 18 commentaires »). */
const REACTIONS = /^\S{0,2}\s*\d[\d\s\u202f]*(?:,\d)?(?:\s?[KkM]\b)?(?:\s(?:\p{Ll}+|J['’]aime))?(?:\s?[·•]\s?\d+\s(?:commentaires?|partages?|republications?|réactions?|reposts?|retweets?))+$/u;

/** What a network prints under a post: its counters or its buttons. */
export function isPostTrailer(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 80) return false;
  const key = foldText(text).replace(/[.\s]+$/u, "");
  return POST_BUTTON.test(key) || EMOJI_COUNTERS.test(text) || REACTIONS.test(text) || isReactionBar({ key, text, words: wordCount(text), prose: false });
}

/** A post's stamp in its header: a date, an age (« • 1 sem. », « 3 semaines » written out), a handle, a network's name with its date. */
const STAMP_CUE = /@[\p{L}\d_]{2,}|\b\d{4}\b|\b\d{1,2}(?:er)?\s(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\p{L}*\.?|(?:[·•]\s?|^)\d{1,2}\s?(?:j|h|min|sem|mois|ans?|jours?|heures?|semaines?)\.?$|^il y a\s/iu;

/** A line of an embed's header: short, no sentence's end (a name, a job line, a stamp). */
const headerShaped = (line: string, role: Role | undefined) =>
  !!line.trim() && line.length <= 90 && wordCount(line) <= 12 && !/[.!?:»]$/u.test(line.trim().replace(/\s*[·•]$/u, "").replace(/\b(?:sem|min|janv|févr|avr|juil|sept|oct|nov|déc)\.$/u, "")) &&
  role !== undefined && role.kind !== "headline" && role.kind !== "standfirst" && role.kind !== "caption";

/** The lines an embed may be read from: still the text's, a date or byline its header holds, or a post an earlier rule began to read. */
const readable = (role: Role | undefined) => role !== undefined && (role.kind === "text" || role.kind === "dateline" || role.kind === "byline" || (role.kind === "furniture" && role.why === "social-post"));

const furniture: Role = { kind: "furniture", why: "social-post" };

/** A post's stamp printed under it: a dated line, short, the date first (« 12 mars 2026 · Dakar », « 9:42 AM · 19 mai 2025 »). */
const isStampUnder = (line: string, role: Role | undefined) =>
  line.trim().length <= 50 && (role?.kind === "dateline" || (readable(role) && /^\d{1,2}(?:er)?\s\p{L}+\.?\s\d{4}\b|^\d{1,2}[:h]\d{2}/u.test(line.trim())));

export function markPostBlocks(lines: readonly string[], roles: Role[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (NETWORK_HEADER.test(lines[i].trim()) && readable(roles[i])) roles[i] = furniture;
    // A counter bar the rule table already removed still closes its post.
    if (!isPostTrailer(lines[i]) || !(readable(roles[i]) || roles[i].kind === "furniture")) continue;
    if (readable(roles[i])) roles[i] = furniture;
    // The trailer's own lines (a counter bar over its buttons) first, then the post.
    let post = i - 1;
    while (post >= 0 && isPostTrailer(lines[post])) post--;
    // A stamp may stand under the post, between it and its bar (« 12 mars 2026 · Dakar »): the post is the line above it.
    const stampUnder = post > 0 && isStampUnder(lines[post], roles[post]);
    if (stampUnder) post--;
    if (post < 0 || !lines[post].trim() || lines[post].length > 500 || !readable(roles[post])) continue;
    // The header: up to three short lines right above the post, one of them a stamp, or the post's own line under a network's header.
    // With its stamp under the post, the header is the account's name at most (one or two short lines).
    let top = post;
    while (top - 1 >= 0 && post - (top - 1) <= (stampUnder ? 2 : 3) && headerShaped(lines[top - 1], roles[top - 1])) top--;
    const header = lines.slice(top, post);
    if (!stampUnder && !header.some((h) => STAMP_CUE.test(h.trim()) || NETWORK_HEADER.test(h.trim()))) continue;
    for (let k = top; k < i; k++) roles[k] = furniture;
  }
}
