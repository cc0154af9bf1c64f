import { EntityPageView, entityMetadata, entityStaticParams } from "@/app/_entity/entity-page";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export function generateStaticParams() {
  return entityStaticParams("company");
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return entityMetadata("company", slug, page);
}

export default async function CompanyPage({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return <EntityPageView kind="company" slug={slug} page={page} />;
}
