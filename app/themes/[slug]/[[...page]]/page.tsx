import { entityRoute } from "@/components/entity/entity-route";
import { entityJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { PageHeading } from "@/components/ui/page-heading";
import { getThemeIndex, getThemeProfile } from "@/lib/entities/entity-pages";

const route = entityRoute({
  kind: "theme",
  slugs: () => getThemeIndex().map(({ theme }) => theme.slug),
  profile: (slug) => getThemeProfile(slug),
  name: ({ theme }) => theme.name,
  jsonLd: ({ theme }) => entityJsonLd("theme", theme, site.url),
  description: ({ theme }) => `${theme.description} La chronologie des articles de l'archive sur ce thème.`,
  heading: ({ theme }) => (
    <PageHeading kicker="Thème" title={theme.name}>
      {theme.description}
    </PageHeading>
  ),
  showPlaces: false,
  keepPerson: false,
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.EntityPage;
