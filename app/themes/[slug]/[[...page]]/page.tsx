import { notFound } from "next/navigation";
import { FactSheet } from "@/components/entity/fact-sheet";
import { TimelineSection } from "@/components/entity/timeline-section";
import { PageHeading } from "@/components/ui/page-heading";
import { getThemeIndex, getThemeProfile } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref, parsePageSegments } from "@/lib/pagination";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

async function resolve(params: Props["params"]) {
  const { slug, page } = await params;
  const profile = getThemeProfile(slug);
  const pageNumber = parsePageSegments(page);
  return profile && pageNumber ? { profile, page: pageNumber } : undefined;
}

export function generateStaticParams() {
  return getThemeIndex().flatMap(({ theme, count }) => [
    { slug: theme.slug, page: [] },
    ...extraPageSegments(count).map((page) => ({ slug: theme.slug, page })),
  ]);
}

export async function generateMetadata({ params }: Props) {
  const found = await resolve(params);
  if (!found) return {};
  const { theme } = found.profile;
  return pageMetadata({
    title: found.page > 1 ? `${theme.name}, page ${found.page}` : theme.name,
    description: `${theme.description} La chronologie des articles de l'archive sur ce thème.`,
    path: pageHref(entityPath("theme", theme.slug), found.page),
  });
}

export default async function ThemePage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { theme, timeline, facts } = found.profile;
  return (
    <>
      <PageHeading kicker="Thème" title={theme.name}>
        {theme.description}
      </PageHeading>
      <FactSheet facts={facts} showPlaces={false} />
      <TimelineSection entries={timeline} page={found.page} basePath={entityPath("theme", theme.slug)} self={{ kind: "theme", slug: theme.slug }} />
    </>
  );
}
