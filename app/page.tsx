import Link from "next/link";
import { ArticlesByYear } from "@/components/article/articles-by-year";
import { EntityCountSection } from "@/components/entity/entity-count-list";
import { getAllArticles } from "@/lib/articles";
import { getCompanyIndex, getCountryIndex } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { JsonLd } from "@/components/seo/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { websiteJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";

export const metadata = { ...pageMetadata({ title: site.name, description: site.description, path: "/" }), title: { absolute: `${site.name} — ${site.tagline}` } };

const HOME_ARTICLES = site.pageSize;
const HOME_ENTITIES = 6;

export default async function HomePage() {
  "use cache";
  cacheArchiveRender(listsTag);
  const articles = getAllArticles();
  const latest = articles.slice(0, HOME_ARTICLES);
  const companies = getCompanyIndex().slice(0, HOME_ENTITIES);
  const countries = getCountryIndex().filter((c) => c.count > 0).slice(0, HOME_ENTITIES);
  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <JsonLd data={websiteJsonLd(site.url)} />
      <div>
        <h1 className="sr-only">{site.name} : les derniers articles</h1>
        <p className="mb-8 max-w-prose text-lg text-stone-700 dark:text-stone-300">
          {articles.length} articles sur le cloud et les centres de données, du plus récent au plus ancien.
        </p>
        <ArticlesByYear articles={latest} />
        {articles.length > latest.length && (
          <p className="mt-8">
            <Link href="/articles/page/2" className="font-medium text-red-800 hover:underline dark:text-red-300">
              Articles plus anciens →
            </Link>
          </p>
        )}
      </div>
      <aside className="space-y-8" aria-label="Parcourir l'archive">
        <EntityCountSection
          title="Entreprises"
          items={companies.map(({ company, count }) => ({ href: entityPath("company", company.slug), name: company.name, count }))}
          more={{ href: "/entreprises", label: "Toutes les entreprises" }}
        />
        <EntityCountSection
          title="Pays"
          items={countries.map(({ country, count }) => ({ href: entityPath("country", country.slug), name: country.name, count }))}
          more={{ href: "/pays", label: "Tous les pays" }}
        />
      </aside>
    </div>
  );
}
