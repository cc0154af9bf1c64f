import { notFound } from "next/navigation";
import { ChronologyList } from "@/components/chronology/chronology-list";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { TimelineViewLinks } from "@/components/ui/timeline-view-links";
import { type ChronologyOrder, getChronologyPage } from "@/lib/chronology";
import { getAllArticles } from "@/lib/articles";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref } from "@/lib/pagination";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { routes } from "@/lib/routes";
import { parseTimelineSegments, timelineHref } from "@/lib/timeline-view";

type Props = { params: Promise<{ segments?: string[] }> };

const orderLabel: Record<ChronologyOrder, string> = { asc: "du plus ancien au plus récent", desc: "du plus récent au plus ancien" };

/** Both orders' pages are built ahead; the headlines-only views render on first request, like an entity's. */
export function generateStaticParams() {
  const pages = extraPageSegments(getAllArticles().length);
  return [{ segments: [] }, ...pages.map((segments) => ({ segments })), { segments: ["recents"] }, ...pages.map((p) => ({ segments: ["recents", ...p] }))];
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const parsed = parseTimelineSegments((await params).segments);
  if (!parsed || !getChronologyPage(parsed.view.order, parsed.page)) return {};
  const { view, page } = parsed;
  const qualifiers = [view.order === "desc" && "plus récent d’abord", view.compact && "titres seuls"].filter(Boolean);
  return pageMetadata({
    title: `Chronologie${qualifiers.length ? ` (${qualifiers.join(", ")})` : ""}${page > 1 ? `, page ${page}` : ""}`,
    description: "Toutes les annonces de l’archive dans l’ordre\u00a0: qui a annoncé quoi, où et quand.",
    // Both orders are indexed (the sitemap lists them); the headlines-only view shows the same articles as its full view, which is its canonical.
    path: pageHref(timelineHref(routes.chronology, { ...view, compact: false }), page),
    noIndex: view.compact || undefined,
  });
}

export default async function ChronologyPage({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const parsed = parseTimelineSegments((await params).segments);
  const result = parsed && getChronologyPage(parsed.view.order, parsed.page);
  if (!parsed || !result) notFound();
  const { view } = parsed;
  return (
    <>
      <PageHeading kicker="Chronologie" title="Qui a annoncé quoi, où et quand">
        {result.totalItems} annonces, {orderLabel[view.order]}
        {view.compact && ", titres seuls"}.
      </PageHeading>
      <TimelineViewLinks view={view} basePath={routes.chronology} className="mb-6" />
      <ChronologyList groups={result.groups} events={result.events} compact={view.compact} />
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => timelineHref(routes.chronology, view, n)} />
    </>
  );
}
