import Link from "next/link";
import { notFound } from "next/navigation";
import { ChronologyList } from "@/components/chronology/chronology-list";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { chronologyBase, type ChronologyOrder, getChronologyPage, parseChronologySegments } from "@/lib/chronology";
import { getAllArticles } from "@/lib/articles";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref } from "@/lib/pagination";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";

type Props = { params: Promise<{ segments?: string[] }> };

const orderLabel: Record<ChronologyOrder, string> = { asc: "du plus ancien au plus récent", desc: "du plus récent au plus ancien" };

export function generateStaticParams() {
  const pages = extraPageSegments(getAllArticles().length);
  return [{ segments: [] }, ...pages.map((segments) => ({ segments })), { segments: ["recents"] }, ...pages.map((p) => ({ segments: ["recents", ...p] }))];
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const parsed = parseChronologySegments((await params).segments);
  if (!parsed || !getChronologyPage(parsed.order, parsed.page)) return {};
  return pageMetadata({
    title: `Chronologie${parsed.order === "desc" ? " (plus récent d'abord)" : ""}${parsed.page > 1 ? `, page ${parsed.page}` : ""}`,
    description: "Toutes les annonces de l'archive dans l'ordre : qui a annoncé quoi, où et quand.",
    path: pageHref(chronologyBase[parsed.order], parsed.page),
  });
}

export default async function ChronologyPage({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const parsed = parseChronologySegments((await params).segments);
  const result = parsed && getChronologyPage(parsed.order, parsed.page);
  if (!parsed || !result) notFound();
  const other: ChronologyOrder = parsed.order === "asc" ? "desc" : "asc";
  return (
    <>
      <PageHeading kicker="Chronologie" title="Qui a annoncé quoi, où et quand">
        {result.totalItems} annonces, {orderLabel[parsed.order]}.{" "}
        <Link href={chronologyBase[other]} className="link">
          Afficher {orderLabel[other]}
        </Link>
      </PageHeading>
      <ChronologyList groups={result.groups} />
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => pageHref(chronologyBase[parsed.order], n)} />
    </>
  );
}
