import Link from "next/link";

export type ChipLink = { href: string; name: string; note?: string };

/** Entities as chips (the link system's entity style): a labelled list, nothing when empty. */
export function EntityChips({ label, links, className = "" }: { label: string; links: ChipLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-1.5 ${className}`}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="chip">
            {link.name}
            {link.note && <span className="text-xs text-stone-600 dark:text-stone-400">· {link.note}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
