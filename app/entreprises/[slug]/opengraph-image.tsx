import { notFound } from "next/navigation";
import { ogContentType, ogImage, ogSize } from "@/components/seo/og-card";
import { getCompanyProfile, getEntitySlugs } from "@/lib/entities/entity-pages";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Nom de la fiche et nombre d'articles de l'archive";

export function generateStaticParams() {
  return getEntitySlugs("company");
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const profile = getCompanyProfile((await params).slug);
  if (!profile) notFound();
  const count = profile.facts.articleCount;
  return ogImage({ kicker: "Entreprise", title: profile.company.name, detail: `${count} article${count > 1 ? "s" : ""} dans l'archive` });
}
