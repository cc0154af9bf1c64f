import { entityRoute } from "@/components/entity/entity-route";
import { EntityMapSection } from "@/components/maps/entity-map-section";
import { getCountryMap } from "@/lib/maps/entity-maps";
import { entityJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { articleCount } from "@/lib/format";
import { PageHeading } from "@/components/ui/page-heading";
import { getCountryIndex, getCountryProfile } from "@/lib/entities/entity-pages";

const route = entityRoute({
  kind: "country",
  slugs: () => getCountryIndex().map(({ country }) => country.slug),
  profile: (slug) => getCountryProfile(slug),
  name: ({ country }) => country.name,
  jsonLd: ({ country }) => entityJsonLd("country", country, site.url),
  description: ({ country, facts }) =>
    `${country.name} dans l'archive : ${articleCount(facts.articleCount)}, annonces, villes, entreprises et personnes citées.`,
  map: (profile) => <EntityMapSection map={getCountryMap(profile)} subject={profile.country.name} />,
  heading: ({ country }) => <PageHeading kicker={`Pays · ${country.continent}`} title={country.name} />,
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.EntityPage;
