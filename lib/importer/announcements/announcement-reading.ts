import type { AnnouncementKind, AnnouncementStatus } from "../../model/schema/announcement";
import type { AmountMention } from "./amounts";

/** One announcement a sentence states, before the article-level steps (subject carried over, continuation, currency). */
export type Reading = {
  by: string[];
  /** The subject is « il », « le groupe »…: `by` is to be taken from the sentence before. */
  carried: boolean;
  kind: AnnouncementKind;
  status: AnnouncementStatus;
  place?: string;
  country?: string;
  amount?: AmountMention;
  mw?: number;
  year?: number;
  /** A new facility, deal or plan in itself, not a figure added to the previous sentence's. */
  standalone: boolean;
  /** « y construira », « dans le pays »: the place is the one the sentence before names. */
  there: boolean;
  why: string[];
};
