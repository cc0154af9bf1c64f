import Link from "next/link";
import { articleCount } from "@/lib/text/plural";

export type CountItem = { href: string; name: string; count: number; detail?: string };

/** Entities with their article counts, as a list of links. */
export function EntityCountList({ items, label }: { items: CountItem[]; label?: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.href} className="flex min-h-10 items-baseline justify-between gap-4 py-2">
          <span>
            <Link href={item.href} className="link-headline font-medium">
              {item.name}
            </Link>
            {item.detail && <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{item.detail}</span>}
          </span>
          <span className="shrink-0 text-sm text-stone-600 tabular-nums dark:text-stone-400">
            {articleCount(item.count)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A titled short list of entities with counts and a link to the full index (home page). */
export function EntityCountSection({ title, items, more }: { title: string; items: CountItem[]; more: { href: string; label: string } }) {
  return (
    <section>
      <h2 className="mb-2 font-serif text-lg font-bold">{title}</h2>
      <EntityCountList items={items} />
      <Link href={more.href} className="link-nav mt-2 inline-flex min-h-8 items-center text-sm">
        {more.label}
      </Link>
    </section>
  );
}
