import { EntityPageView, entityMetadata, entityStaticParams } from "@/app/_entity/entity-page";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export function generateStaticParams() {
  return entityStaticParams("site");
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return entityMetadata("site", slug, page);
}

export default async function SitePage({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return <EntityPageView kind="site" slug={slug} page={page} />;
}
