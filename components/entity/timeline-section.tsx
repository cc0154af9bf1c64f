import { notFound } from "next/navigation";
import type { TimelineEntry } from "@/lib/entities/entity-pages";
import { pageHref, paginate } from "@/lib/pagination";
import { Pagination } from "../ui/pagination";
import { Timeline } from "./timeline";

type Props = {
  entries: TimelineEntry[];
  page: number;
  basePath: string;
  self: { kind: "company" | "country" | "theme"; slug: string };
};

/** One page of an entity's timeline, with its heading and pagination; a page past the end is a 404. */
export function TimelineSection({ entries, page, basePath, self }: Props) {
  const result = paginate(entries, page);
  if (!result) notFound();
  return (
    <section aria-labelledby="frise">
      <h2 id="frise" className="mb-4 border-b-2 border-stone-900 pb-1 font-serif text-2xl font-bold dark:border-stone-100">
        Chronologie
        {result.totalPages > 1 && <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">page {result.page}</span>}
      </h2>
      {entries.length ? (
        <Timeline entries={result.items} self={self} />
      ) : (
        <p className="text-stone-700 dark:text-stone-300">Aucun article de l&apos;archive ne concerne encore cette entrée.</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => pageHref(basePath, n)} />
    </section>
  );
}
