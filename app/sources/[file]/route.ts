import { getArchive } from "@/lib/archive/archive";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { getRawText, rawTextNames } from "@/lib/content/raw-texts";
import { site } from "@/lib/site/site";

/**
 * The raw texts of the articles prerendered at build time, written out with
 * them; the others are read on first request and cached. All of them would
 * be one file per article: 100,000 prerenders at 100,000 articles.
 */
export function generateStaticParams() {
  const archive = getArchive();
  return rawTextNames({ dir: archive.dir, articles: archive.articles.slice(0, site.prerenderedArticles) }).map((file) => ({ file }));
}

/** A raw text, read in a cached scope that each publication invalidates (a new article may bring its text). */
async function rawText(file: string): Promise<string | undefined> {
  "use cache";
  cacheArchiveRender(listsTag);
  return getRawText(getArchive(), file);
}

/** The raw text an article was converted from, as plain text; any other name is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const text = await rawText((await params).file);
  if (text === undefined) return new Response("Texte introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
