import { z } from "zod";

/* U+0000–U+001F except tab and newline: invisible in a page, yet able to break a feed, a log line or an XML sitemap. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000b-\u001f]/;

/** A one-piece text shown to readers (a title, a summary, a name): no control characters. */
export const plainText = () =>
  z.string().refine((text) => !controlCharacter.test(text), { message: "caractère de contrôle interdit (U+0000 à U+001F, hors tabulation et saut de ligne)" });
