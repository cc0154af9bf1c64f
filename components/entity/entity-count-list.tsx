import Link from "next/link";
import { articleCount } from "@/lib/format";

export type CountItem = { href: string; name: string; count: number; detail?: string };

/** Entities with their article counts, as a list of links. */
export function EntityCountList({ items, label }: { items: CountItem[]; label?: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.href} className="flex items-baseline justify-between gap-4 py-2">
          <span>
            <Link href={item.href} className="font-medium hover:text-red-800 hover:underline dark:hover:text-red-300">
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
