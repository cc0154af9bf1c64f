/*
 * The shape of the line table's rules (clutter.ts), apart so that the files
 * holding some of its rules (clutter-transcripts.ts, clutter-campaigns.ts) do
 * not import the table that imports them.
 */

/** Why a line is page furniture rather than article text. */
export type ClutterKind =
  | "widget" | "share" | "rating" | "counter" | "time" | "reading-time" | "update-stamp" | "metadata" | "breadcrumb" | "logo"
  | "comments" | "call-to-action" | "newsletter" | "paywall" | "related" | "tags" | "contents" | "footer" | "author-box" | "social-post"
  | "notice" | "wire-codes" | "greeting" | "boilerplate";

/** What a rule sees of a line: the text, its folded key, its length in words, whether it ends like a sentence. */
export type LineInfo = { text: string; key: string; words: number; prose: boolean };

/**
 * One rule of the table. `furniture` is a line it removes and `text` a real
 * sentence that looks like it and must stay: tests/unit/importer/clutter.test.ts
 * checks both for every rule. `block: "links"` starts a block whose short
 * lines go with it (the linked headlines of "Lire aussi"); `block: "end"`
 * closes the article: once the body has started, what follows is page, not text.
 */
export type LineRule = {
  id: string;
  kind: ClutterKind;
  furniture: string;
  text: string;
  block?: "links" | "end";
  test: (line: LineInfo) => boolean;
};

/** A short line that is no sentence: the shape of a label, a button, a block's header. */
export const isShort = (l: LineInfo, max = 8) => !l.prose && l.words <= max;
