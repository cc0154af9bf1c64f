import path from "node:path";
import type { NextConfig } from "next";
import { archiveCacheLife, archiveProfile } from "./lib/cache/policy";
import { resolveSiteOrigin } from "./lib/site";

// `next start` may read this file before it sets NODE_ENV: only a development server gets the development policy.
const isDev = process.env.NODE_ENV === "development";

/*
 * Static pages carry Next's inline bootstrap scripts, whose content changes per
 * page, so a nonce would force every page to render per request: scripts are
 * limited to this origin plus those inline ones. Nothing remote is allowed.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  // Two years, subdomains included: the archive is served over HTTPS only.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
];

/* SITE_URL, checked (an invalid one fails the build) and fixed into the build: see lib/site.ts. */
const origin = resolveSiteOrigin(process.env.SITE_URL);

const nextConfig: NextConfig = {
  env: { SITE_ORIGIN: origin.url, SITE_ORIGIN_CONFIGURED: origin.configured ? "1" : "" },
  // A second build (test fixtures, benchmark corpora) must not overwrite the site's own.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The site has no next/image: its optimizer endpoint (/_next/image) only served odd URLs their 500s.
  images: { unoptimized: true },
  /*
   * Pages rendered on demand (old articles, later list pages, sharing images,
   * feeds, searches, 404s for unknown slugs) are kept in a bounded in-memory
   * LRU rather than written to disk: the set of URLs anyone can request is
   * unbounded, so a disk cache could be filled by a loop of random URLs.
   * Pages prerendered by the build are still read from disk.
   */
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  /*
   * Both caches go through handlers of ours, which keep them in Redis when
   * REDIS_URL is set when the server starts (several instances then share
   * pages and invalidations) and otherwise hand over to Next's own in-memory
   * caches: one build serves either way.
   */
  cacheHandler: path.resolve("lib/cache/handlers/route-cache-handler.mjs"),
  cacheHandlers: { default: path.resolve("lib/cache/handlers/use-cache-handler.mjs") },
  // Pages and feeds are "use cache" renders tagged by what they read (lib/cache/tags.ts).
  cacheComponents: true,
  partialPrefetching: true,
  cacheLife: { [archiveProfile]: archiveCacheLife },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
