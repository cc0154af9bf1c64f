import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { type EntityProfile, hasEntityPage, type ProfileOf } from "@/lib/entities/entity-pages";
import { AnnouncementTable } from "@/components/announcements/announcement-table";
import { AnnouncementTotals, amountsText } from "@/components/announcements/announcement-totals";
import { StatusBadge } from "@/components/announcements/status-badge";
import { ArchiveDateText } from "@/components/ui/archive-date";
import { type AnnouncementFilters, announcementsHref } from "@/lib/announcements/announcement-filters";
import { type AnnouncementRow, newestFirst } from "@/lib/announcements/announcement-rows";
import { formatMw } from "@/lib/announcements/format";
import { sitesOf } from "@/lib/announcements/projects";
import { totalsByStatus, totalsOf } from "@/lib/announcements/totals";
import { SiteLifeSection } from "./site-life";
import { mostCited } from "@/lib/entities/most-cited";
import { entityPath } from "@/lib/routes";
import { articleCount } from "@/lib/format";
import { EntityMapSection } from "@/components/maps/entity-map-section";
import { displayAliases } from "@/lib/entities/display-names";
import { mentionsOf, mergePeople, type PersonLine } from "@/lib/entities/people";
import { articlesMap, getCompanyMap, getCountryMap } from "@/lib/maps/entity-maps";
import { siteKindLabels, unknownStatusLabel } from "@/lib/announcements/labels";

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

/** What a page's fact sheet adds for its kind: a company's activity, home, group and projects; a country's projects; a site's operators, place and state. */
export function entityExtraFacts(profile: EntityProfile): { label: string; value: ReactNode }[] {
  switch (profile.kind) {
    case "company":
      return [...companyFacts(profile), ...projectFacts(profile.projects, { company: profile.slug })];
    case "country":
      return projectFacts(profile.projects, { country: profile.slug });
    case "site":
      return siteFacts(profile);
    case "theme":
      return [];
  }
}

/** A company's or a country's projects in two rows: its sites with their state, and what its announcements add up to. */
function projectFacts(projects: AnnouncementRow[], filter: AnnouncementFilters): { label: string; value: ReactNode }[] {
  if (!projects.length) return [];
  const sites = sitesOf(projects);
  const totals = totalsOf(projects);
  return [
    ...(sites.length
      ? [
          {
            label: "Sites",
            value: sites.map(({ site, status }, i) => (
              <span key={site.slug}>
                {i > 0 && ", "}
                <Link href={entityPath("site", site.slug)} className={link}>{site.name}</Link> (<StatusBadge status={status} />)
              </span>
            )),
          },
        ]
      : []),
    {
      label: "Projets annoncés",
      value: (
        <>
          {totals.count}{"\u00a0"}annonce{totals.count > 1 ? "s" : ""}
          {totals.withMw > 0 && <> · {formatMw(totals.mw)}</>}
          {totals.amounts.length > 0 && <> · {amountsText(totals)}</>} ·{" "}
          <Link href={announcementsHref(filter)} className={link}>le détail</Link>
        </>
      ),
    },
  ];
}

function siteFacts(profile: ProfileOf<"site">): { label: string; value: ReactNode }[] {
  const { entity, operators, place, country, life } = profile;
  const latest = life.figures.at(-1);
  return [
    { label: "Type", value: siteKindLabels[entity.kind] },
    {
      label: operators.length > 1 ? "Exploitants" : "Exploitant",
      value: operators.map((c, i) => (
        <span key={c.slug}>
          {i > 0 && ", "}
          {hasEntityPage("company", c.slug) ? <Link href={entityPath("company", c.slug)} className={link}>{c.name}</Link> : c.name}
        </span>
      )),
    },
    {
      label: "Lieu",
      value: (
        <>
          {place && `${place.name}, `}
          {country && (hasEntityPage("country", country.slug) ? <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link> : country.name)}
        </>
      ),
    },
    {
      label: "État, d’après le dernier article",
      value: life.current ? (
        <>
          <StatusBadge status={life.current.status} /> (<ArchiveDateText date={life.current.event.article.date} />)
        </>
      ) : (
        unknownStatusLabel
      ),
    },
    ...(latest?.mw !== undefined ? [{ label: "Capacité annoncée", value: <>{formatMw(latest.mw)} (<ArchiveDateText date={latest.event.article.date} />)</> }] : []),
  ];
}

function companyFacts(profile: ProfileOf<"company">): { label: string; value: ReactNode }[] {
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
      return <EntityMapSection map={getCompanyMap({ company: profile.entity, country: profile.country, timeline: profile.timeline }, profile.projects)} subject={profile.name} />;
    case "country":
      return <EntityMapSection map={getCountryMap({ country: profile.entity, timeline: profile.timeline }, profile.projects)} subject={profile.name} />;
    case "theme":
      return null;
    case "site": {
      const country = profile.country;
      // The site is a point in its country, which is not coloured for it.
      const points = profile.projects.map((row) => ({ ...row, country: undefined }));
      return country ? <EntityMapSection map={articlesMap([], { focus: country, projects: points })} subject={profile.name} /> : null;
    }
  }
}

/** What a page shows under its fact sheet for its kind: a site's life, a company's or a country's projects. */
export function EntitySections({ profile }: { profile: EntityProfile }) {
  switch (profile.kind) {
    case "site":
      return <SiteLifeSection life={profile.life} rows={profile.projects} name={profile.name} />;
    case "company":
    case "country": {
      if (!profile.projects.length) return null;
      // The newest few: a company of 800 articles has hundreds of projects, which /annonces pages through.
      const newest = mostCited(newestFirst(profile.projects));
      const filter: AnnouncementFilters = profile.kind === "company" ? { company: profile.slug } : { country: profile.slug };
      return (
        <section aria-labelledby="projets" className="mb-10">
          <h2 id="projets" className="mb-3 font-serif text-lg font-bold">
            {profile.kind === "company" ? "Ses projets" : "Les projets dans le pays"}
          </h2>
          <AnnouncementTotals totals={totalsOf(profile.projects)} byStatus={totalsByStatus(profile.projects)} label={`Projets de ${profile.name}, par état`} />
          <div className="mt-4">
            <AnnouncementTable rows={newest.shown} caption={`Annonces${profile.kind === "company" ? ` de ${profile.name}` : ` (${profile.name})`}`} />
          </div>
          <p className="mt-2 text-sm">
            {newest.others > 0 && <>Et {newest.others}{"\u00a0"}autres, plus anciennes{"\u00a0"}: </>}
            <Link href={announcementsHref(filter)} className={link}>
              {newest.others > 0 ? "toutes les annonces" : "ces annonces"} dans le tableau des annonces
            </Link>
            , avec leurs totaux par année et leurs exports.
          </p>
        </section>
      );
    }
    case "theme":
      return null;
  }
}
