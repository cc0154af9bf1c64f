import { YearChart } from "@/components/charts/year-chart";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { type AnnouncementFilters, announcementsHref } from "@/lib/announcements/announcement-filters";
import { getAnnouncementsPage } from "@/lib/announcements/announcements-page";
import { formatMw } from "@/lib/announcements/format";
import { routes } from "@/lib/routes";
import { AnnouncementFilterForm } from "./announcement-filter-form";
import { AnnouncementTable } from "./announcement-table";
import { AnnouncementTotals } from "./announcement-totals";

const count = (n: number) => `${n}\u00a0annonce${n > 1 ? "s" : ""}`;

/**
 * /annonces for one set of filters: a cached render keyed by the parsed
 * filters, invalidated with the lists on every publication.
 */
export async function AnnouncementsPageView({ filters }: { filters: AnnouncementFilters }) {
  "use cache";
  cacheArchiveRender(listsTag);
  const page = getAnnouncementsPage(filters);
  const { page: _page, ...selection } = filters;
  const filtered = Object.keys(selection).length > 0;
  const table = page.page;
  const subject = [page.names.company, page.names.country, filters.year].filter(Boolean).join(", ") || "l’archive";
  return (
    <>
      <PageHeading kicker="Annonces" title="Qui construit quoi, où, pour combien">
        Chaque annonce des articles, avec la phrase qui la dit{"\u202f"}: {filtered ? `${count(page.rows.length)} sur ${page.total}` : count(page.total)}.
      </PageHeading>
      <AnnouncementFilterForm page={page} />
      <p className="mb-6 text-sm">
        Télécharger {filtered ? "ces annonces" : "toutes les annonces"}{"\u00a0"}:{" "}
        <a href={announcementsHref(selection, routes.announcementsCsv)} className="link">CSV</a> ·{" "}
        <a href={announcementsHref(selection, routes.announcementsJson)} className="link">JSON</a>{" "}
        <span className="text-stone-600 dark:text-stone-400">(champs décrits dans le README)</span>
      </p>
      {page.rows.length === 0 || !table ? (
        <p className="text-lg" role="status">
          {page.rows.length === 0 ? "Aucune annonce avec ces filtres." : "Cette page n’existe pas pour ces filtres\u00a0: "}
          {page.rows.length > 0 && <a href={announcementsHref(selection)} className="link">revenir à la première</a>}
        </p>
      ) : (
        <>
          <section aria-labelledby="totaux" className="mb-10">
            <h2 id="totaux" className="mb-3 font-serif text-lg font-bold">Totaux</h2>
            <AnnouncementTotals totals={page.totals} byStatus={page.byStatus} label="Totaux par état" />
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              Un site compte une fois, avec son chiffre le plus récent{"\u202f"}; les montants ne s’additionnent que dans une même devise.
            </p>
          </section>
          <div className="grid gap-x-8 sm:grid-cols-2">
            <YearChart data={page.perYear.count} subject={subject} title="Annonces par année" format={count} id="annonces-par-annee" />
            {page.totals.withMw > 0 && <YearChart data={page.perYear.mw} subject={subject} title="Mégawatts par année" format={formatMw} id="mw-par-annee" />}
          </div>
          <section aria-labelledby="liste">
            <h2 id="liste" className="mb-3 font-serif text-lg font-bold">
              Les annonces, de la plus récente à la plus ancienne
              {table.totalPages > 1 && <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">page {table.page} sur {table.totalPages}</span>}
            </h2>
            <AnnouncementTable rows={table.items} caption={`Annonces${filtered ? ` (${subject})` : ""}`} />
            <Pagination page={table.page} totalPages={table.totalPages} prefetch={false} hrefFor={(n) => announcementsHref({ ...selection, ...(n > 1 ? { page: n } : {}) })} />
          </section>
        </>
      )}
    </>
  );
}
