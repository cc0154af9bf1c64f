import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { type EntityProfile, hasEntityPage } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { articleCount } from "@/lib/format";
import { EntityMapSection } from "@/components/maps/entity-map-section";
import { displayAliases } from "@/lib/entities/display-names";
import { mentionsOf, mergePeople, type PersonLine } from "@/lib/entities/people";
import { getCompanyMap, getCountryMap } from "@/lib/maps/entity-maps";
import { siteKindLabels } from "@/lib/announcements/labels";

const link = "link";

/** The one-sentence summary search engines and sharing cards show for an entity page. */
export function entityDescription(profile: EntityProfile): string {
  const count = articleCount(profile.facts.articleCount);
  switch (profile.kind) {
    case "company":
      return `${profile.name} dans l'archive : ${count}, chronologie, pays, partenaires et personnes citées.`;
    case "country":
      return `${profile.name} dans l'archive : ${count}, annonces, villes, entreprises et personnes citées.`;
    case "theme":
      return `${profile.entity.description} La chronologie des articles de l'archive sur ce thème.`;
    case "site":
      return `${profile.name} (${siteKindLabels[profile.entity.kind]}${profile.country ? `, ${profile.country.name}` : ""}) dans l'archive : ${count}, annonces, travaux et mise en service, chacune avec sa source.`;
  }
}

/** The page's <h1> with what each kind says under it. */
export function EntityHeading({ profile }: { profile: EntityProfile }) {
  switch (profile.kind) {
    case "company":
      return (
        <PageHeading kicker="Entreprise" title={profile.name}>
          {displayAliases(profile.entity).length > 0 && <p className="text-base">Aussi nommée{"\u00a0"}: {displayAliases(profile.entity).join(", ")}.</p>}
        </PageHeading>
      );
    case "country":
      return <PageHeading kicker={`Pays · ${profile.entity.continent}`} title={profile.name} />;
    case "theme":
      return (
        <PageHeading kicker="Thème" title={profile.name}>
          {profile.entity.description}
        </PageHeading>
      );
    case "site":
      return <PageHeading kicker={`Site · ${siteKindLabels[profile.entity.kind]}`} title={profile.name} />;
  }
}

/** Rows a company's fact sheet adds: activity, home country, parent, subsidiaries. */
export function entityExtraFacts(profile: EntityProfile): { label: string; value: ReactNode }[] {
  if (profile.kind !== "company") return [];
  const { entity, country, parent, subsidiaries } = profile;
  return [
    ...(entity.kind ? [{ label: "Activité (selon les textes)", value: entity.kind }] : []),
    // A home country no article names has no page: its name, without a link.
    ...(country
      ? [{ label: "Pays d’origine", value: hasEntityPage("country", country.slug) ? <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link> : country.name }]
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
  ];
}

/**
 * The people a fact sheet lists, one line each with their merged roles: a
 * company's own people (or its subsidiaries'), everyone its articles quote on
 * a country's page, nobody on a theme's (its articles quote people about
 * other things).
 */
export function entityPeople(profile: EntityProfile): PersonLine[] {
  const articles = profile.timeline.map((e) => e.article);
  switch (profile.kind) {
    case "company": {
      const own = [profile.slug, ...profile.subsidiaries.map((s) => s.slug)];
      return mergePeople(mentionsOf(articles, (person) => !person.company || own.includes(person.company)));
    }
    case "country":
      return mergePeople(mentionsOf(articles));
    case "theme":
    case "site":
      return [];
  }
}

/** A company's countries by role and its cities, or a country and its cities; themes have no map. */
export function EntityMap({ profile }: { profile: EntityProfile }) {
  switch (profile.kind) {
    case "company":
      return <EntityMapSection map={getCompanyMap({ company: profile.entity, country: profile.country, timeline: profile.timeline })} subject={profile.name} />;
    case "country":
      return <EntityMapSection map={getCountryMap({ country: profile.entity, timeline: profile.timeline })} subject={profile.name} />;
    case "theme":
    case "site":
      return null;
  }
}
