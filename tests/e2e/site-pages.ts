import { XMLParser } from "fast-xml-parser";
import { baseUrl } from "./support";

/*
 * The built site's pages, by family, for the validators (validators.test.ts):
 * every page the sitemap lists, plus those it must not list (searches, a 404).
 */

export type Family = "home" | "article" | "articles" | "company" | "country" | "theme" | "site" | "announcements" | "chronology" | "search" | "404";

/** The family of a path. */
export function familyOf(path: string): Family {
  if (path === "/") return "home";
  if (path.startsWith("/recherche")) return "search";
  if (path.startsWith("/chronologie")) return "chronology";
  if (/^\/articles\/(?!page\/)[^/]+$/.test(path)) return "article";
  if (path.startsWith("/articles")) return "articles";
  if (path.startsWith("/entreprises")) return "company";
  if (path.startsWith("/pays")) return "country";
  if (path.startsWith("/themes")) return "theme";
  if (path.startsWith("/sites")) return "site";
  if (path.startsWith("/annonces")) return "announcements";
  return "404";
}

/** The paths the sitemap lists, in its order. */
export async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const urls: { loc: string }[] = new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url;
  return urls.map((u) => new URL(u.loc).pathname);
}

/** Pages a reader reaches that the sitemap leaves out on purpose. */
export const unlistedPaths = [
  "/recherche",
  "/recherche?q=alibaba",
  "/recherche?q=alibaba&tri=date",
  "/recherche?q=introuvablexyz",
  "/recherche?q=huaweii",
  "/recherche?q=huaweii&exact=1",
  "/chronologie/titres",
  "/annonces?entreprise=alibaba&etat=announced",
  "/annonces?annee=1999",
  "/nulle-part",
];

/** Every HTML page to check: the sitemap's, then the unlisted ones. */
export async function htmlPaths(): Promise<string[]> {
  return [...(await sitemapPaths()), ...unlistedPaths];
}

/** The feeds: the archive's and the one of each entity page of the sitemap. */
export async function feedPaths(): Promise<string[]> {
  const entities = (await sitemapPaths()).filter((p) => /^\/(entreprises|pays|themes|sites)\/[^/]+$/.test(p));
  return ["/feed.xml", ...entities.map((p) => `${p}/feed.xml`)];
}
