import { Fragment } from "react";
import type { Article } from "@/lib/articles";
import { hasEntityPage } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { describe, kinds } from "@/lib/entities/entity-kinds";
import { type ChipLink, EntityChips } from "../ui/entity-chips";

/** Only what changes how a place reads; a site is the default, a mere mention says nothing more. */
const placeRoleNote: Partial<Record<Article["places"][number]["role"], string>> = { planned: "prévu", headquarters: "siège", market: "marché" };

function Group({ title, links }: { title: string; links: ChipLink[] }) {
  if (!links.length) return null;
  return (
    <div>
      <h3 className="eyebrow mb-1.5">{title}</h3>
      <EntityChips label={title} links={links} />
    </div>
  );
}

/** What the article is about, as chips: its entities kind by kind (a country with its part), places (to their country); then people quoted. */
export function ArticleEntities({ article }: { article: Article }) {
  const groups = kinds.map((kind) => {
    const { labels, of, noteIn } = describe(kind);
    return { kind, title: labels.many, links: of(article).map((e) => ({ href: entityPath(kind, e.slug), name: e.name, note: noteIn?.(article, e) })) };
  });
  return (
    <section aria-labelledby="concerne">
      <h2 id="concerne" className="font-serif text-lg font-bold">
        Cet article concerne
      </h2>
      <div className="mt-3 space-y-4 text-sm">
        {groups.map((group) => (
          <Fragment key={group.kind}>
            <Group title={group.title} links={group.links} />
            {/* A place reads best after its country, and leads to it. */}
            {group.kind === "country" && (
              <Group
                title="Lieux"
                links={article.places.map(({ place, role }) => ({
                  href: hasEntityPage("country", place.country) ? entityPath("country", place.country) : undefined,
                  name: place.name,
                  note: placeRoleNote[role],
                }))}
              />
            )}
          </Fragment>
        ))}
        {article.people.length > 0 && (
          <div>
            <h3 className="eyebrow mb-1.5">Personnes citées</h3>
            <ul className="space-y-1">
              {article.people.map((p) => (
                <li key={p.name}>
                  {p.name}
                  {p.role && <span className="text-stone-600 dark:text-stone-400">, {p.role}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
