import { EntityCountList } from "@/components/entity/entity-count-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getCountryIndex } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/metadata";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "Pays",
  description: "Les pays où se passent les annonces de l'archive, ou d'où viennent les entreprises qui les font.",
  path: routes.entityIndex("country"),
});

export default async function CountriesPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  const countries = getCountryIndex();
  return (
    <>
      <PageHeading kicker="Index" title="Pays">
        Un pays compte pour un article quand quelque chose s’y passe ou y est prévu, ou quand l’entreprise qui annonce y a son siège.
      </PageHeading>
      <EntityCountList
        label="Pays"
        items={countries.map(({ country, count }) => ({ href: entityPath("country", country.slug), name: country.name, count, detail: country.continent }))}
      />
    </>
  );
}
