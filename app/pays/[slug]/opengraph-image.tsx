import { entityImageRoute, ogContentType, ogSize } from "@/components/seo/og-card";
import { getCountryProfile } from "@/lib/entities/entity-pages";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Nom de la fiche et nombre d'articles de l'archive";

const route = entityImageRoute("Pays", (slug) => {
  const profile = getCountryProfile(slug);
  return profile && { name: profile.country.name, articleCount: profile.facts.articleCount };
});

export const generateStaticParams = route.generateStaticParams;
export default route.Image;
