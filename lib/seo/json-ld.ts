import type { Article } from "../content/article";
import { articlePath, entityPath, entityRoutes } from "../routes";
import { describe, entityKinds, kinds } from "../entities/entity-kinds";
import type { EntityRegistry } from "../entities/entity-registry";
import type { EntityKind, EntityOf } from "../schema/entity";
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

/** What an article is about (its subjects, lib/entities/kinds/), each as a node of its kind's type with its page. */
function aboutOf(article: Article, siteUrl: string): JsonLd[] {
  return kinds.flatMap((kind) => {
    const { subject, of, schemaType } = describe(kind);
    if (!subject) return [];
    return of(article).map((entity) => ({ "@type": schemaType, name: entity.name, url: `${siteUrl}${entityPath(kind, entity.slug)}` }));
  });
}

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
    about: aboutOf(article, siteUrl),
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

/**
 * The entity an entity page is about, as its kind's descriptor describes it
 * (an Organization, a Country, a DefinedTerm, a Place), with its name, page
 * and other names.
 */
export function entityJsonLd<K extends EntityKind>(kind: K, entity: EntityOf<K>, siteUrl: string, registry: EntityRegistry): JsonLd {
  const urlOf = (k: EntityKind, slug: string) => `${siteUrl}${entityPath(k, slug)}`;
  const { schemaType, jsonLd } = describe(kind);
  return {
    "@context": "https://schema.org",
    "@type": schemaType,
    name: entity.name,
    url: urlOf(kind, entity.slug),
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...jsonLd?.(entity, { registry, urlOf, indexUrl: `${siteUrl}${entityRoutes[kind]}` }),
  };
}

/** Breadcrumbs of an entity page: Accueil › Entreprises › Alibaba. */
export function entityBreadcrumbJsonLd(kind: EntityKind, entity: { slug: string; name: string }, siteUrl: string): JsonLd {
  const section = { name: entityKinds[kind].labels.many, path: entityRoutes[kind] };
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
