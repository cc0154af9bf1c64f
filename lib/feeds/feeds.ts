import { getArchive } from "../archive";
import type { Article } from "../content/article";
import { getCompanyProfile, getCountryProfile, getThemeProfile, type TimelineEntry } from "../entities/entity-pages";
import { entityPath } from "../entities/entity-paths";
import type { EntityKind } from "../schema/entity";
import { site } from "../site";
import { articleFeed, renderRss } from "./rss";

/** The whole archive's RSS document. */
export function getSiteFeed(): string {
  return renderRss(
    articleFeed({ title: site.name, path: "/", description: site.description }, getArchive().articles, site.url, site.feedSize),
  );
}

/** Timeline entries back in the archive's newest-first order (undated last). */
function newestFirst(entries: TimelineEntry[]): Article[] {
  const slugs = new Set(entries.map((e) => e.article.slug));
  return getArchive().articles.filter((a) => slugs.has(a.slug));
}

function entityFeedSource(kind: EntityKind, slug: string): { name: string; description: string; timeline: TimelineEntry[] } | undefined {
  switch (kind) {
    case "company": {
      const p = getCompanyProfile(slug);
      return p && { name: p.company.name, description: `Les articles de l'archive sur ${p.company.name} et ses filiales.`, timeline: p.timeline };
    }
    case "country": {
      const p = getCountryProfile(slug);
      return p && { name: p.country.name, description: `Les articles de l'archive sur le cloud et les centres de données : ${p.country.name}.`, timeline: p.timeline };
    }
    case "theme": {
      const p = getThemeProfile(slug);
      return p && { name: p.theme.name, description: p.theme.description, timeline: p.timeline };
    }
  }
}

/** The RSS document of an entity page, or undefined when the entity does not exist. */
export function getEntityFeed(kind: EntityKind, slug: string): string | undefined {
  const source = entityFeedSource(kind, slug);
  if (!source) return undefined;
  return renderRss(
    articleFeed(
      { title: `${source.name} — ${site.name}`, path: entityPath(kind, slug), description: source.description },
      newestFirst(source.timeline),
      site.url,
      site.feedSize,
    ),
  );
}

/** The HTTP answer for a feed document, or a 404 when there is none. */
export function rssResponse(body: string | undefined): Response {
  if (body === undefined) return new Response("Flux introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}

/**
 * The route of an entity's feed (`/entreprises|pays|themes/<slug>/feed.xml`).
 * None is built ahead: each renders on its first request, then is cached.
 */
export function entityFeedRoute(kind: EntityKind) {
  return {
    generateStaticParams: () => [],
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      return rssResponse(getEntityFeed(kind, (await params).slug));
    },
  };
}
