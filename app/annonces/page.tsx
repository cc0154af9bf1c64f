import type { Metadata } from "next";
import { connection } from "next/server";
import { AnnouncementsPageView } from "@/components/announcements/announcements-page-view";
import { announcementsHref, parseAnnouncementFilters } from "@/lib/announcements/announcement-filters";
import { pageMetadata } from "@/lib/metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/* Like /recherche: the page is its query string's, rendered whole once per distinct filter (no static shell). */
export const instant = false;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseAnnouncementFilters(await searchParams);
  const filtered = Object.keys(filters).length > 0;
  // A later page or a filtered view lists what the whole table lists: only its first page is indexed.
  return pageMetadata({
    title: "Annonces",
    description: "Toutes les annonces de l'archive : qui construit, ouvre, investit ou rachète quoi, où, pour combien, dans quel état, chacune avec sa source. Filtres, totaux, export CSV et JSON.",
    path: announcementsHref(filters),
    noIndex: filtered || undefined,
  });
}

export default async function AnnouncementsPage({ searchParams }: Props) {
  const filters = parseAnnouncementFilters(await searchParams);
  await connection();
  return <AnnouncementsPageView filters={filters} />;
}
