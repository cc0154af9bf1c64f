import { EntityCountList } from "@/components/entity/entity-count-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getThemeIndex } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/metadata";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "Thèmes",
  description: "Les grands sujets de l'archive : centres de données, cloud public, souveraineté numérique, investissements…",
  path: routes.entityIndex("theme"),
});

export default async function ThemesPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  const themes = getThemeIndex();
  return (
    <>
      <PageHeading kicker="Index" title="Thèmes">
        Les sujets qui traversent l’archive, chacun avec sa chronologie.
      </PageHeading>
      <EntityCountList
        label="Thèmes"
        items={themes.map(({ theme, count }) => ({ href: entityPath("theme", theme.slug), name: theme.name, count, detail: theme.description }))}
      />
    </>
  );
}
