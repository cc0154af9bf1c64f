import { entityImageRoute } from "@/app/_entity/entity-image-route";
import { ogContentType, ogSize } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Nom de la fiche et nombre d'articles de l'archive";

const route = entityImageRoute("site");

export const generateStaticParams = route.generateStaticParams;
export default route.Image;
