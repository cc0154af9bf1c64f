import { ArchiveMap } from "@/components/maps/archive-map";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { getProjectMap } from "@/lib/maps/project-map";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "Carte",
  description: "Les sites et projets de centres de données et de cloud que les articles de l'archive annoncent, avec leur état et ceux qui les portent, sur une carte et pays par pays.",
  path: routes.map,
});

/** Every site and project of the archive: a cached render, invalidated with the lists on each publication. */
export default async function MapPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  return <ArchiveMap map={getProjectMap()} />;
}
