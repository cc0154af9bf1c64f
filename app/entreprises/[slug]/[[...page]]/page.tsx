import Link from "next/link";
import { notFound } from "next/navigation";
import { FactSheet } from "@/components/entity/fact-sheet";
import { TimelineSection } from "@/components/entity/timeline-section";
import { PageHeading } from "@/components/ui/page-heading";
import { getCompanyIndex, getCompanyProfile } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref, parsePageSegments } from "@/lib/pagination";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

async function resolve(params: Props["params"]) {
  const { slug, page } = await params;
  const profile = getCompanyProfile(slug);
  const pageNumber = parsePageSegments(page);
  return profile && pageNumber ? { profile, page: pageNumber } : undefined;
}

export function generateStaticParams() {
  return getCompanyIndex()
    .flatMap(({ company, subsidiaries }) => [company, ...subsidiaries.map((s) => s.company)])
    .flatMap((company) => {
      const total = getCompanyProfile(company.slug)!.timeline.length;
      return [{ slug: company.slug, page: [] }, ...extraPageSegments(total).map((page) => ({ slug: company.slug, page }))];
    });
}

export async function generateMetadata({ params }: Props) {
  const found = await resolve(params);
  if (!found) return {};
  const { company, facts } = found.profile;
  return pageMetadata({
    title: found.page > 1 ? `${company.name}, page ${found.page}` : company.name,
    description: `${company.name} dans l'archive : ${facts.articleCount} article${facts.articleCount > 1 ? "s" : ""}, chronologie, pays, partenaires et personnes citées.`,
    path: pageHref(entityPath("company", company.slug), found.page),
  });
}

export default async function CompanyPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { company, parent, subsidiaries, country, timeline, facts } = found.profile;
  const link = "text-red-800 hover:underline dark:text-red-300";
  const extra = [
    ...(company.kind ? [{ label: "Activité (selon les textes)", value: company.kind }] : []),
    ...(country ? [{ label: "Pays d'origine", value: <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link> }] : []),
    ...(parent ? [{ label: "Maison mère", value: <Link href={entityPath("company", parent.slug)} className={link}>{parent.name}</Link> }] : []),
    ...(subsidiaries.length
      ? [{ label: "Filiales", value: subsidiaries.map((s, i) => <span key={s.slug}><Link href={entityPath("company", s.slug)} className={link}>{s.name}</Link>{i < subsidiaries.length - 1 && ", "}</span>) }]
      : []),
  ];
  return (
    <>
      <PageHeading kicker="Entreprise" title={company.name}>
        {company.aliases.length > 0 && <p className="text-base">Aussi nommée : {company.aliases.join(", ")}.</p>}
      </PageHeading>
      <FactSheet facts={facts} extra={extra} />
      <TimelineSection entries={timeline} page={found.page} basePath={entityPath("company", company.slug)} self={{ kind: "company", slug: company.slug }} />
    </>
  );
}
