import { getArchive } from "../archive";
import type { Article } from "../content/article";
import { describe } from "../entities/entity-kinds";
import { getEntityProfile, type TimelineEntry } from "../entities/entity-pages";
import { entityPath } from "../routes";
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

/** What an entity's feed says of it, from its profile. */
function entityFeedSource(kind: EntityKind, slug: string): { name: string; description: string; timeline: TimelineEntry[] } | undefined {
  const profile = getEntityProfile(kind, slug);
  if (!profile) return undefined;
  return { name: profile.name, description: describe(kind).feedDescription(profile.entity), timeline: profile.timeline };
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
