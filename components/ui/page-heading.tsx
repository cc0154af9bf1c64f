import type { ReactNode } from "react";

export function PageHeading({ kicker, title, children }: { kicker?: string; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-8 border-b border-stone-300 pb-6 dark:border-stone-700">
      {kicker && <p className="mb-2 text-xs font-semibold uppercase tracking-widest text-red-800 dark:text-red-300">{kicker}</p>}
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">{title}</h1>
      {children && <div className="mt-3 max-w-prose text-lg text-stone-700 dark:text-stone-300">{children}</div>}
    </header>
  );
}
