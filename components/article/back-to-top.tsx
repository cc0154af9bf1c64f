/** The last link of an article: back to the start of the page's content (the skip link's target). */
export function BackToTop() {
  return (
    <p className="mt-10 text-right print:hidden lg:col-span-2">
      <a href="#contenu" className="link-nav inline-flex min-h-8 items-center text-sm">
        Retour en haut <span aria-hidden="true">↑</span>
      </a>
    </p>
  );
}
