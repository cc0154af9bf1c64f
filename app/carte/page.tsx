import { ArchiveMap } from "@/components/maps/archive-map";
import { getArchiveMap } from "@/lib/maps/entity-maps";
import { pageMetadata } from "@/lib/metadata";

export const metadata = pageMetadata({
  title: "Carte",
  description: "Les sites et les sites prévus des centres de données et du cloud que nomment les articles de l'archive, sur une carte et ville par ville.",
  path: "/carte",
});

export default function MapPage() {
  const map = getArchiveMap();
  return <ArchiveMap map={map} />;
}
