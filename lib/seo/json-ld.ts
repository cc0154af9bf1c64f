import type { Article } from "../content/article";
import { articlePath, entityPath } from "../entities/entity-paths";
import type { Company, Country, EntityKind, Theme } from "../schema/entity";

/** A schema.org node, as plain JSON. */
export type JsonLd = { "@context"?: "https://schema.org"; "@type": string } & Record<string, unknown>;

type Crumb = { name: string; path: string };

/**
 * The page's place in the site, from the home page down.
 * @example breadcrumbJsonLd([{ name: "Pays", path: "/pays" }], "http://x") // itemListElement[0].item === "http://x/pays"
 */
export function breadcrumbJsonLd(crumbs: Crumb[], siteUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  };
}

const companyNode = (c: Company, siteUrl: string): JsonLd => ({ "@type": "Organization", name: c.name, url: `${siteUrl}${entityPath("company", c.slug)}` });
const countryNode = (c: Country, siteUrl: string): JsonLd => ({ "@type": "Country", name: c.name, url: `${siteUrl}${entityPath("country", c.slug)}` });

/**
 * An article as a schema.org NewsArticle. The date is given at its precision
 * ("2020-04" stays "2020-04", a valid ISO 8601 date); the publisher is the
 * original source, and isBasedOn points to the original publication.
 */
export function articleJsonLd(article: Article, siteUrl: string): JsonLd {
  const url = `${siteUrl}${articlePath(article.slug)}`;
  const { source } = article;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    image: `${url}/opengraph-image`,
    inLanguage: "fr",
    ...(article.date.value ? { datePublished: article.date.value } : {}),
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    ...(source ? { publisher: { "@type": "Organization", name: source.name, ...(source.url ? { url: source.url } : {}) } } : {}),
    ...(source
      ? {
          isBasedOn: {
            "@type": "NewsArticle",
            name: article.title,
            publisher: { "@type": "Organization", name: source.name },
            ...(source.url ? { url: source.url } : {}),
            ...(source.date?.value ? { datePublished: source.date.value } : {}),
          },
        }
      : {}),
    about: [...article.companies.map((c) => companyNode(c, siteUrl)), ...article.countries.map(({ country }) => countryNode(country, siteUrl))],
    keywords: article.themes.map((t) => t.name).join(", "),
    wordCount: article.wordCount,
  };
}

type EntityOf = { company: Company; country: Country; theme: Theme };

/**
 * The entity an entity page is about: an Organization, a Country, or a
 * DefinedTerm for a theme.
 */
export function entityJsonLd<K extends EntityKind>(kind: K, entity: EntityOf[K], siteUrl: string): JsonLd {
  const url = `${siteUrl}${entityPath(kind, entity.slug)}`;
  const alternateName = entity.aliases.length ? { alternateName: entity.aliases } : {};
  switch (kind) {
    case "company": {
      const company = entity as Company;
      return {
        "@context": "https://schema.org",
        "@type": "Organization",
        name: company.name,
        url,
        ...alternateName,
        ...(company.parent ? { parentOrganization: { "@type": "Organization", url: `${siteUrl}${entityPath("company", company.parent)}` } } : {}),
        ...(company.kind ? { description: company.kind } : {}),
      };
    }
    case "country":
      return { "@context": "https://schema.org", "@type": "Country", name: entity.name, url, ...alternateName };
    default:
      return {
        "@context": "https://schema.org",
        "@type": "DefinedTerm",
        name: entity.name,
        url,
        description: (entity as Theme).description,
        ...alternateName,
        inDefinedTermSet: `${siteUrl}/themes`,
      };
  }
}

/** Breadcrumbs of an entity page: Accueil › Entreprises › Alibaba. */
export function entityBreadcrumbJsonLd(kind: EntityKind, entity: { slug: string; name: string }, siteUrl: string): JsonLd {
  const section = { company: { name: "Entreprises", path: "/entreprises" }, country: { name: "Pays", path: "/pays" }, theme: { name: "Thèmes", path: "/themes" } }[kind];
  return breadcrumbJsonLd([{ name: "Accueil", path: "/" }, section, { name: entity.name, path: entityPath(kind, entity.slug) }], siteUrl);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no
 * string in the data can close the script element.
 * @example serializeJsonLd({ "@type": "Thing", name: "</script>" }) // '{"@type":"Thing","name":"\\u003c/script>"}'
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
