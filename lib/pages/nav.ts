import { entityKinds, kinds } from "../entities/entity-kinds";
import { routes } from "../site/routes";

/** The main menu, header and footer alike: the archive's lists and one index per kind of entity that asks for one. */
export const nav = [
  { href: routes.articles, label: "Articles" },
  ...kinds.filter((kind) => entityKinds[kind].nav).map((kind) => ({ href: routes.entityIndex(kind), label: entityKinds[kind].labels.many })),
  { href: routes.chronology, label: "Chronologie" },
  { href: routes.announcements, label: "Annonces" },
  { href: routes.map, label: "Carte" },
] as const;
