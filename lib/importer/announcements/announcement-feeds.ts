/*
 * A raw RSS dump pasted as the body (« Acquisition : Equinix rachète un
 * opérateur finlandais link: https://… pubDate: Mon, 07 Apr 2025 16:05:00 +0200
 * Le géant américain poursuit… »): each further item is a title, its link, its
 * stamp, then its summary. The title is a headline of another article, not a
 * sentence of this one; only the summary after the stamp may state something.
 */

/** An item's title, link and stamp, up to the summary. */
const FEED_ITEM = /^[^]*?(?<![\p{L}])link:\s*https?:\/\/\S+\s+pubDate:\s*(?:\p{L}{3},\s*)?\d{1,2}\s+\p{L}{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC|Z))?/u;

/** The sentence with a feed item's title, link and stamp blanked (same length, so offsets and evidence still hold). */
export function withoutFeedTitle(text: string): string {
  const m = FEED_ITEM.exec(text);
  return m ? " ".repeat(m[0].length) + text.slice(m[0].length) : text;
}

/** « Jérôme Aubrac : Nous avons mis en service… »: an interview's speaker label before a first-person answer. */
const SPEAKER = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*:\s+(?=(?:Nous|On)\s)/u;

/** The answer with its speaker's label blanked (same length): « nous » opens it, as in a firm's own post. */
export function withoutSpeaker(text: string): string {
  const m = SPEAKER.exec(text);
  return m ? " ".repeat(m[0].length) + text.slice(m[0].length) : text;
}
