import { ArchiveMap } from "@/components/maps/archive-map";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { getArchiveMap } from "@/lib/maps/entity-maps";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "Carte",
  description: "Les sites et les sites prévus des centres de données et du cloud que nomment les articles de l'archive, sur une carte et ville par ville.",
  path: routes.map,
});

/** Every place of the archive: a cached render, invalidated with the lists on each publication. */
export default async function MapPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  return <ArchiveMap map={getArchiveMap()} />;
}
