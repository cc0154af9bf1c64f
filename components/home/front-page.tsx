import Link from "next/link";
import type { Article } from "@/lib/pages/articles";
import { articlePath, entityPath } from "@/lib/site/routes";
import { byCountry } from "@/lib/entities/labels";
import { describe } from "@/lib/entities/entity-kinds";
import { articleCount } from "@/lib/text/plural";
import type { FrontPage as FrontPageData } from "@/lib/pages/front-page";
import { frenchTypography } from "@/lib/text/french-typography";
import { site } from "@/lib/site/site";
import { HeadlineWithDate } from "../article/headline-with-date";
import { EntityCountSection } from "../entity/entity-count-list";
import { ArchiveDateText } from "../ui/archive-date";
import { EntityChips } from "../ui/entity-chips";
import { routes } from "@/lib/site/routes";

function Lead({ article }: { article: Article }) {
  return (
    <article className="border-b border-stone-300 pb-8 dark:border-stone-700">
      <p className="text-xs font-semibold tracking-widest text-red-800 uppercase dark:text-red-300">Dernier article</p>
      <h2 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">
        <Link href={articlePath(article.slug)} className="link-headline">
          {frenchTypography(article.title)}
        </Link>
      </h2>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        <ArchiveDateText date={article.date} />
        {article.source && <> · {article.source.name}</>}
      </p>
      <p className="mt-3 max-w-prose font-serif text-lg leading-relaxed text-stone-800 dark:text-stone-200">{frenchTypography(article.summary)}</p>
      <EntityChips
        label="Entreprises et pays de l’article"
        className="mt-4"
        links={[
          ...article.companies.map((c) => ({ href: entityPath("company", c.slug), name: c.name })),
          ...byCountry(article.countries).map(({ country }) => ({ href: entityPath("country", country.slug), name: country.name })),
        ]}
      />
    </article>
  );
}

function Dossiers({ dossiers }: { dossiers: FrontPageData["dossiers"] }) {
  if (!dossiers.length) return null;
  return (
    <section aria-labelledby="dossiers" className="below-fold">
      <h2 id="dossiers" className="section-heading">
        Dossiers
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {dossiers.map((d) => (
          <li key={`${d.kind}:${d.key}`} className="border-t border-stone-200 pt-3 dark:border-stone-800">
            <p className="text-xs font-semibold tracking-widest text-stone-600 uppercase dark:text-stone-400">
              {d.kind === "story" ? "Suivi" : describe(d.kind).labels.one} · {articleCount(d.count)}
            </p>
            <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
              <Link href={d.href} className="link-headline">
                {frenchTypography(d.title)}
              </Link>
            </h3>
            <ul className="mt-2 space-y-2 text-sm">
              {d.latest.map((a) => (
                <li key={a.slug}>
                  <HeadlineWithDate article={a} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChronologyTeaser({ articles }: { articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="dernieres-annonces" className="below-fold">
      <h2 id="dernieres-annonces" className="section-heading">
        Dernières annonces
      </h2>
      <ol className="mt-4 space-y-3">
        {articles.map((a) => (
          <li key={a.slug} className="grid grid-cols-[7.5rem_1fr] gap-3 text-sm sm:grid-cols-[9rem_1fr]">
            <ArchiveDateText date={a.date} className="text-stone-600 tabular-nums dark:text-stone-400" />
            <Link href={articlePath(a.slug)} className="link-headline font-serif text-base leading-snug">
              {frenchTypography(a.title)}
            </Link>
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <Link href={routes.chronologyReversed} className="link-nav text-sm">
          Toute la chronologie <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}

/** The front page: lead, dossiers, last announcements, the most cited entities of the kinds that list them, and a way to follow. */
export function FrontPage({ data }: { data: FrontPageData }) {
  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="space-y-12">
        <h1 className="sr-only">{site.name}{"\u00a0"}: la une de l’archive</h1>
        {data.lead && <Lead article={data.lead} />}
        <Dossiers dossiers={data.dossiers} />
        <ChronologyTeaser articles={data.chronology} />
        <p className="text-sm">
          <Link href={routes.articles} className="link-nav">
            Les {data.articleCount} articles, du plus récent au plus ancien <span aria-hidden="true">→</span>
          </Link>
        </p>
      </div>
      <aside className="below-fold space-y-8" aria-label="Parcourir l’archive">
        {data.mostCited.map(({ kind, title, entries }) => (
          <EntityCountSection
            key={kind}
            title={title}
            items={entries.map(({ entity, count }) => ({ href: entityPath(kind, entity.slug), name: entity.name, count }))}
            more={{ href: routes.entityIndex(kind), label: describe(kind).labels.all }}
          />
        ))}
        <p>
          <a href={routes.siteFeed} className="link-nav text-sm">
            Suivre (RSS)
          </a>
        </p>
      </aside>
    </div>
  );
}
