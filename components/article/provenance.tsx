import type { Article } from "@/lib/pages/articles";
import { routes } from "@/lib/site/routes";
import { formatArchiveDay } from "@/lib/seo/archive-dates";
import { frenchTypography } from "@/lib/text/french-typography";

const titleOrigin = {
  source: "le titre est celui du texte d’origine",
  editorial: "le texte n’a pas de titre\u00a0: celui-ci a été rédigé par l’archive",
};
const summaryOrigin = {
  source: "le chapeau est celui du texte d’origine",
  editorial: "le chapeau a été rédigé par l’archive à partir du texte",
};

/** Where the article comes from and what the editor deduced, so a reader can weigh it. */
export function Provenance({ article }: { article: Article }) {
  return (
    <section aria-labelledby="provenance" className="below-fold mt-12 rounded border border-stone-300 bg-white p-5 text-sm dark:border-stone-700 dark:bg-stone-900">
      <h2 id="provenance" className="font-serif text-lg font-bold">
        Provenance
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-stone-700 dark:text-stone-300">
        <li>
          Converti du texte brut{" "}
          <a href={routes.source(article.raw)} className="underline underline-offset-2">
            <code className="rounded bg-stone-100 px-1 dark:bg-stone-800">{article.raw}</code>
          </a>
          , sans réécriture du texte de l’article.
        </li>
        <li>
          Mis en ligne par l’archive le <time dateTime={article.archivedAt}>{formatArchiveDay(article.archivedAt)}</time>
          {article.correctedAt && (
            <>
              , corrigé le <time dateTime={article.correctedAt}>{formatArchiveDay(article.correctedAt)}</time>
            </>
          )}
          .
        </li>
        <li>Titre{"\u00a0"}: {titleOrigin[article.titleSource]}.</li>
        <li>Chapeau{"\u00a0"}: {summaryOrigin[article.summarySource]}.</li>
        {article.dateNote && <li>Date{"\u00a0"}: {frenchTypography(article.dateNote)}</li>}
        {article.source?.note && <li>Source{"\u00a0"}: {frenchTypography(article.source.note)}</li>}
      </ul>
      {article.captions.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Légendes de photos non reproduites</h3>
          <ul data-source-text className="mt-2 list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300">
            {article.captions.map((caption) => (
              <li key={caption}>{caption}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
