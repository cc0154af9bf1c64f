import { EntityPageView, entityMetadata, entityStaticParams } from "@/app/_entity/entity-page";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export function generateStaticParams() {
  return entityStaticParams("country");
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return entityMetadata("country", slug, page);
}

export default async function CountryPage({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return <EntityPageView kind="country" slug={slug} page={page} />;
}
