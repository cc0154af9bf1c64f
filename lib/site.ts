/** Site-wide constants: one place for names, URLs and sizes that pages share. */
export const site = {
  name: "Archives du Cloud",
  tagline: "L'actualité du cloud et des centres de données, archivée et datée.",
  description:
    "Archive d'articles de presse en français sur le cloud computing et les centres de données : qui a construit quoi, où et quand.",
  locale: "fr-FR",
  /** Base URL for canonical links, feeds and the sitemap; overridden by SITE_URL. */
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
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
  { href: "/articles", label: "Articles" },
  { href: "/entreprises", label: "Entreprises" },
  { href: "/pays", label: "Pays" },
  { href: "/themes", label: "Thèmes" },
  { href: "/chronologie", label: "Chronologie" },
  { href: "/carte", label: "Carte" },
] as const;
