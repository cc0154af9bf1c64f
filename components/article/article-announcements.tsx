import { AnnouncementTable } from "@/components/announcements/announcement-table";
import { getArchive } from "@/lib/archive";
import { rowsOf } from "@/lib/announcements/announcement-rows";
import type { Article } from "@/lib/articles";

/** What the article announces, each with the sentence that says so: the archive's reading of it, as data. */
export function ArticleAnnouncements({ article }: { article: Article }) {
  if (!article.announcements.length) return null;
  return (
    <section aria-labelledby="annonces-article" className="below-fold mt-10">
      <h2 id="annonces-article" className="mb-3 font-serif text-lg font-bold">
        Ce que l’article annonce
      </h2>
      <AnnouncementTable rows={rowsOf([article], getArchive().registry)} caption="Annonces de l’article" withoutArticle />
    </section>
  );
}
