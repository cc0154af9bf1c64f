/** What the search changed or ignored in the request, said plainly. */
export function SearchNotices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <ul aria-label="Remarques sur la recherche" className="mb-6 space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
