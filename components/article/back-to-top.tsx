/** The last link of an article: back to the start of the page's content (the skip link's target). */
export function BackToTop() {
  return (
    <p className="mt-10 text-right print:hidden">
      <a href="#contenu" className="text-sm font-medium text-red-800 hover:underline dark:text-red-300">
        Retour en haut <span aria-hidden="true">↑</span>
      </a>
    </p>
  );
}
