import { entityKinds, kinds } from "./entities/entity-kinds";
import { routes } from "./routes";

/** Where a server runs when nothing else is said: `next start` and `next dev` listen on 3000. */
const defaultOrigin = "http://localhost:3000";

/**
 * The site's origin from SITE_URL: an http(s) origin, without path, query or
 * fragment (a trailing slash is dropped). Throws a French message naming the
 * variable when it is anything else, so a build or a start fails at once.
 * Without SITE_URL: `http://localhost:3000`, `configured: false`.
 * @example resolveSiteOrigin("https://archives.example/") // { url: "https://archives.example", configured: true }
 */
export function resolveSiteOrigin(siteUrl: string | undefined): { url: string; configured: boolean } {
  if (siteUrl === undefined || siteUrl.trim() === "") return { url: defaultOrigin, configured: false };
  let parsed: URL;
  try {
    parsed = new URL(siteUrl.trim());
  } catch {
    throw new Error(`SITE_URL invalide : « ${siteUrl} » n'est pas une adresse (attendu : https://archives.example)`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname !== "/" || parsed.search || parsed.hash || parsed.username) {
    throw new Error(`SITE_URL invalide : « ${siteUrl} » ; attendu une origine http(s) sans chemin, p. ex. https://archives.example`);
  }
  return { url: parsed.origin, configured: true };
}

/**
 * The origin every absolute URL names (canonical, og:url, og:image, feeds,
 * sitemap, robots.txt, JSON-LD). It is fixed when the site is built:
 * next.config.ts inlines SITE_URL's value as SITE_ORIGIN into every bundle, so
 * prerendered pages and pages rendered later by the server always agree, even
 * when the server is started with another SITE_URL (lib/site-warnings.ts then
 * says so). Outside a Next build (unit tests, scripts) SITE_URL is read as is.
 * See docs/decisions/010-site-origin-archive-dates-and-validators.md.
 */
const siteUrl = process.env.SITE_ORIGIN || resolveSiteOrigin(process.env.SITE_URL).url;

/** Site-wide constants: one place for names, URLs and sizes that pages share. */
export const site = {
  name: "Archives du Cloud",
  tagline: "L'actualité du cloud et des centres de données, archivée et datée.",
  description:
    "Archive d'articles de presse en français sur le cloud computing et les centres de données : qui a construit quoi, où et quand.",
  locale: "fr-FR",
  /** Origin of every absolute URL, without a trailing slash (see siteUrl above). */
  url: siteUrl,
  /** The archive's logo (public/), the publisher's in structured data. */
  logo: { path: "/logo.png", width: 512, height: 512 },
  pageSize: 20,
  /** Items in each RSS feed, newest first. */
  feedSize: 50,
  /**
   * Articles prerendered at build time, newest first: the ones the home page
   * lists. Older ones render on first request and are then cached
   * (docs/decisions/006).
   */
  prerenderedArticles: 20,
  /** Pages of each paginated list (timelines, chronology) built ahead: the first; later pages render on demand. */
  prerenderedListPages: 1,
} as const;

export const nav = [
  { href: routes.articles, label: "Articles" },
  ...kinds.filter((kind) => entityKinds[kind].nav).map((kind) => ({ href: routes.entityIndex(kind), label: entityKinds[kind].labels.many })),
  { href: routes.chronology, label: "Chronologie" },
  { href: routes.announcements, label: "Annonces" },
  { href: routes.map, label: "Carte" },
] as const;

type OriginEnv = { SITE_URL?: string; NODE_ENV?: string; NEXT_PHASE?: string };

/**
 * What a production build or server must say at once about the origin its
 * absolute URLs name (printed by lib/startup.ts): a build without SITE_URL,
 * a start without it, or a start whose SITE_URL differs from the build's.
 * Development says nothing: localhost is right there. (`next start` serves a
 * production build whatever NODE_ENV says, e.g. "test" under vitest.)
 * @param built the origin inlined at build time, and whether SITE_URL gave it
 */
export function siteOriginWarnings(env: OriginEnv, built: { url: string; configured: boolean }): string[] {
  if (env.NODE_ENV === "development") return [];
  const how = "Définir SITE_URL=https://domaine-public au build et au démarrage (README, « Déploiement »).";
  if (env.NEXT_PHASE === "phase-production-build") {
    return built.configured ? [] : [`⚠ SITE_URL n'est pas défini pour ce build : canonique, og:url, images de partage, flux RSS, plan du site et robots.txt nommeront ${built.url}. ${how}`];
  }
  const atStart = resolveSiteOrigin(env.SITE_URL);
  if (!atStart.configured) {
    return [`⚠ SITE_URL n'est pas défini : ce serveur publie ses adresses absolues (canonique, flux, plan du site, images de partage) sous ${built.url}${built.configured ? ", l'origine fixée au build" : ", une adresse locale"}. ${how}`];
  }
  if (atStart.url !== built.url) {
    return [`⚠ SITE_URL (${atStart.url}) diffère de l'origine fixée au build (${built.url}) : les adresses absolues restent ${built.url}. Reconstruire avec SITE_URL=${atStart.url}.`];
  }
  return [];
}

/** The origin this build was made with (see siteUrl above). */
export const builtOrigin = { url: siteUrl, configured: process.env.SITE_ORIGIN ? process.env.SITE_ORIGIN_CONFIGURED === "1" : resolveSiteOrigin(process.env.SITE_URL).configured };
