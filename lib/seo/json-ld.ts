import type { Article } from "../content/article";
import { articlePath, entityPath } from "../routes";
import { byCountry } from "../entities/labels";
import type { Company, Country, EntityKind, Theme } from "../schema/entity";
import { site } from "../site";
import { modifiedAt } from "./archive-dates";

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

/** The archive itself, publisher of every page, with its logo (public/). */
export function archiveOrganization(siteUrl: string): JsonLd {
  return {
    "@type": "Organization",
    "@id": `${siteUrl}/#archive`,
    name: site.name,
    url: `${siteUrl}/`,
    logo: { "@type": "ImageObject", url: `${siteUrl}${site.logo.path}`, width: site.logo.width, height: site.logo.height },
  };
}

/**
 * Who wrote the text: the byline's person when the text names one, else the
 * outlet it comes from; with neither, the archive, which edited this page
 * (title, standfirst, date and entities are its work, see Provenance) and
 * stands behind it (docs/decisions/009). Never a made-up name.
 */
function authorOf(article: Article, siteUrl: string): JsonLd {
  if (article.author) return { "@type": "Person", name: article.author };
  if (article.source) return { "@type": "Organization", name: article.source.name, ...(article.source.url ? { url: new URL(article.source.url).origin } : {}) };
  return { "@type": "Organization", "@id": `${siteUrl}/#archive`, name: site.name, url: `${siteUrl}/` };
}

/**
 * The original text the page reproduces: its own title only when it had one,
 * its outlet and byline when known, and its date at its precision ("2015"
 * stays "2015", a valid ISO 8601 date: no day or month the text does not give).
 */
function originalOf(article: Article): JsonLd {
  const date = article.source?.date?.value ?? article.date.value;
  return {
    "@type": "CreativeWork",
    ...(article.titleSource === "source" ? { name: article.title } : {}),
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    ...(article.source ? { publisher: { "@type": "Organization", name: article.source.name } } : {}),
    ...(article.source?.url ? { url: article.source.url } : {}),
    ...(date ? { datePublished: date } : {}),
    inLanguage: "fr",
  };
}

/**
 * An article page as a schema.org NewsArticle, with what Google asks of one:
 * headline, image, author, publisher with its logo, datePublished and
 * dateModified. The page's dates are the archive's (full timestamps: when it
 * published and last corrected the page); the text's own date, at its
 * precision, is the original's, under isBasedOn.
 */
export function articleJsonLd(article: Article, siteUrl: string): JsonLd {
  const url = `${siteUrl}${articlePath(article.slug)}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    image: [`${url}/opengraph-image`],
    inLanguage: "fr",
    datePublished: article.archivedAt,
    dateModified: modifiedAt(article),
    author: authorOf(article, siteUrl),
    publisher: archiveOrganization(siteUrl),
    isBasedOn: originalOf(article),
    about: [...article.companies.map((c) => companyNode(c, siteUrl)), ...byCountry(article.countries).map(({ country }) => countryNode(country, siteUrl))],
    keywords: article.themes.map((t) => t.name).join(", "),
    wordCount: article.wordCount,
  };
}

/** Breadcrumbs of an article page: Accueil › Articles › its title. */
export function articleBreadcrumbJsonLd(article: Pick<Article, "slug" | "title">, siteUrl: string): JsonLd {
  return breadcrumbJsonLd([{ name: "Accueil", path: "/" }, { name: "Articles", path: "/articles" }, { name: article.title, path: articlePath(article.slug) }], siteUrl);
}

/** The home page: the site, its search (a GET form on /recherche?q=) and its publisher. */
export function websiteJsonLd(siteUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    description: site.description,
    url: `${siteUrl}/`,
    inLanguage: "fr",
    publisher: archiveOrganization(siteUrl),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${siteUrl}/recherche?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
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
