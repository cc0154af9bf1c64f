import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import type { EntityProfile } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { articleCount } from "@/lib/format";

const link = "text-red-800 hover:underline dark:text-red-300";

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
  }
}

/** The page's <h1> with what each kind says under it. */
export function EntityHeading({ profile }: { profile: EntityProfile }) {
  switch (profile.kind) {
    case "company":
      return (
        <PageHeading kicker="Entreprise" title={profile.name}>
          {profile.entity.aliases.length > 0 && <p className="text-base">Aussi nommée : {profile.entity.aliases.join(", ")}.</p>}
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
  }
}

/** Rows a company's fact sheet adds: activity, home country, parent, subsidiaries. */
export function entityExtraFacts(profile: EntityProfile): { label: string; value: ReactNode }[] {
  if (profile.kind !== "company") return [];
  const { entity, country, parent, subsidiaries } = profile;
  return [
    ...(entity.kind ? [{ label: "Activité (selon les textes)", value: entity.kind }] : []),
    ...(country ? [{ label: "Pays d'origine", value: <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link> }] : []),
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
