import Link from "next/link";

/** An entity as a chip; without `href` (an entity with no page of its own) it is shown, not linked. */
export type ChipLink = { href?: string; name: string; note?: string };

/** Entities as chips (the link system's entity style): a labelled list, nothing when empty. */
export function EntityChips({ label, links, className = "" }: { label: string; links: ChipLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-1.5 ${className}`}>
      {links.map((link) => (
        <li key={link.href ?? link.name}>
          {link.href ? (
            <Link href={link.href} className="chip">
              {link.name}
              {link.note && <span className="text-xs text-stone-600 dark:text-stone-400">· {link.note}</span>}
            </Link>
          ) : (
            <span className="chip border-dashed hover:border-stone-300 hover:text-stone-800 dark:hover:border-stone-700 dark:hover:text-stone-200">
              {link.name}
              {link.note && <span className="text-xs text-stone-600 dark:text-stone-400">· {link.note}</span>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
