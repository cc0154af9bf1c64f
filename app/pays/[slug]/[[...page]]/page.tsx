import { notFound } from "next/navigation";
import { FactSheet } from "@/components/entity/fact-sheet";
import { TimelineSection } from "@/components/entity/timeline-section";
import { PageHeading } from "@/components/ui/page-heading";
import { getCountryIndex, getCountryProfile } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref, parsePageSegments } from "@/lib/pagination";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

async function resolve(params: Props["params"]) {
  const { slug, page } = await params;
  const profile = getCountryProfile(slug);
  const pageNumber = parsePageSegments(page);
  return profile && pageNumber ? { profile, page: pageNumber } : undefined;
}

export function generateStaticParams() {
  return getCountryIndex().flatMap(({ country, count }) => [
    { slug: country.slug, page: [] },
    ...extraPageSegments(count).map((page) => ({ slug: country.slug, page })),
  ]);
}

export async function generateMetadata({ params }: Props) {
  const found = await resolve(params);
  if (!found) return {};
  const { country, facts } = found.profile;
  return pageMetadata({
    title: found.page > 1 ? `${country.name}, page ${found.page}` : country.name,
    description: `${country.name} dans l'archive : ${facts.articleCount} article${facts.articleCount > 1 ? "s" : ""}, annonces, villes, entreprises et personnes citées.`,
    path: pageHref(entityPath("country", country.slug), found.page),
  });
}

export default async function CountryPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { country, timeline, facts } = found.profile;
  return (
    <>
      <PageHeading kicker={`Pays · ${country.continent}`} title={country.name} />
      <FactSheet facts={facts} />
      <TimelineSection entries={timeline} page={found.page} basePath={entityPath("country", country.slug)} self={{ kind: "country", slug: country.slug }} />
    </>
  );
}
