import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { getCompanyIndex } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { articleCount } from "@/lib/format";
import { entityIndexMetadata } from "@/app/_entity/entity-index-page";
import { entityKinds } from "@/lib/entities/entity-kinds";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";

export const metadata = entityIndexMetadata("company");

export default async function CompaniesPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  const companies = getCompanyIndex();
  return (
    <>
      <PageHeading kicker="Index" title={entityKinds.company.labels.many}>
        {entityKinds.company.indexPage.intro} {companies.length}{"\u00a0"}groupes.
      </PageHeading>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {companies.map(({ company, count, subsidiaries }) => (
          <li key={company.slug} className="py-3">
            <div className="flex items-baseline justify-between gap-4">
              <Link href={entityPath("company", company.slug)} className="link-headline font-serif text-xl font-semibold">
                {company.name}
              </Link>
              <span className="shrink-0 text-sm text-stone-600 tabular-nums dark:text-stone-400">{articleCount(count)}</span>
            </div>
            {subsidiaries.length > 0 && (
              <ul className="mt-1 ml-4 text-sm" aria-label={`Filiales de ${company.name}`}>
                {subsidiaries.map((s) => (
                  <li key={s.company.slug} className="flex items-baseline justify-between gap-4">
                    <span>
                      <span aria-hidden="true">↳ </span>filiale{"\u00a0"}:{" "}
                      <Link href={entityPath("company", s.company.slug)} className="chip">
                        {s.company.name}
                      </Link>
                    </span>
                    <span className="text-stone-600 tabular-nums dark:text-stone-400">{articleCount(s.count)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
