/** The article text. The HTML comes from lib/markdown/markdown.ts, which sanitizes it: content cannot run code. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      data-source-text
      className="prose prose-stone prose-lg mt-8 max-w-prose font-serif prose-headings:font-serif prose-a:text-red-800 prose-a:underline-offset-2 dark:prose-invert dark:prose-a:text-red-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
