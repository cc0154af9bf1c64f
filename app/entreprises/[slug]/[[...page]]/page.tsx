import Link from "next/link";
import { entityRoute } from "@/components/entity/entity-route";
import { EntityMapSection } from "@/components/maps/entity-map-section";
import { getCompanyMap } from "@/lib/maps/entity-maps";
import { articleCount } from "@/lib/format";
import { PageHeading } from "@/components/ui/page-heading";
import { displayAliases } from "@/lib/entities/display-names";
import { getCompanyIndex, getCompanyProfile, hasEntityPage } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { entityJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";

const link = "link";

const route = entityRoute({
  kind: "company",
  slugs: () => getCompanyIndex().flatMap(({ company, subsidiaries }) => [company.slug, ...subsidiaries.map((s) => s.company.slug)]),
  profile: (slug) => getCompanyProfile(slug),
  name: ({ company }) => company.name,
  jsonLd: ({ company }) => entityJsonLd("company", company, site.url),
  description: ({ company, facts }) =>
    `${company.name} dans l'archive : ${articleCount(facts.articleCount)}, chronologie, pays, partenaires et personnes citées.`,
  heading: ({ company }) => (
    <PageHeading kicker="Entreprise" title={company.name}>
      {displayAliases(company).length > 0 && <p className="text-base">Aussi nommée{"\u00a0"}: {displayAliases(company).join(", ")}.</p>}
    </PageHeading>
  ),
  map: (profile) => <EntityMapSection map={getCompanyMap(profile)} subject={profile.company.name} />,
  keepPerson: ({ company, subsidiaries }) => (person) => !person.company || [company.slug, ...subsidiaries.map((s) => s.slug)].includes(person.company),
  extraFacts: ({ company, country, parent, subsidiaries }) => [
    ...(company.kind ? [{ label: "Activité (selon les textes)", value: company.kind }] : []),
    ...(country
      ? [
          {
            label: "Pays d’origine",
            value: hasEntityPage("country", country.slug) ? <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link> : country.name,
          },
        ]
      : []),
    ...(parent ? [{ label: "Maison mère", value: <Link href={entityPath("company", parent.slug)} className={link}>{parent.name}</Link> }] : []),
    ...(subsidiaries.length
      ? [
          {
            label: "Filiales",
            value: subsidiaries.map((s, i) => (
              <span key={s.slug}>
                <Link href={entityPath("company", s.slug)} className={link}>{s.name}</Link>
                {i < subsidiaries.length - 1 && ", "}
              </span>
            )),
          },
        ]
      : []),
  ],
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.EntityPage;
