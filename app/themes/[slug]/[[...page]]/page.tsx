import { EntityPageView, entityMetadata, entityStaticParams } from "@/app/_entity/entity-page";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export function generateStaticParams() {
  return entityStaticParams("theme");
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return entityMetadata("theme", slug, page);
}

export default async function ThemePage({ params }: Props) {
  "use cache";
  const { slug, page } = await params;
  return <EntityPageView kind="theme" slug={slug} page={page} />;
}
