import path from "node:path";
import { buildArchive } from "../../lib/archive/archive";
import { site } from "../../lib/site/site";

/*
 * The archive the main e2e site is built from (content/), read the way the
 * site reads it: counts and orders are asserted against it, not against a
 * number of articles written in the tests, so adding an article keeps them green.
 */
export const siteArchive = buildArchive(path.resolve("content"));

/** How many articles a list page (home, /articles page 1) shows. */
export const firstPageCount = Math.min(siteArchive.articles.length, site.pageSize);

/** Spaces of any kind (the typography puts narrow no-break ones before « : ») as plain spaces. */
export const plainSpaces = (text: string) => text.replace(/\s+/g, " ").trim();
