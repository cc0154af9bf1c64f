import { type KindDescriptor } from "./kind-descriptor";
import { kindSegments } from "../../site/kind-segments";

/** Themes: `/themes/<slug>`, the subjects an article is filed under. */
export const themeKind: KindDescriptor<"theme"> = {
  kind: "theme",
  part: "themes",
  segment: kindSegments.theme,
  labels: { one: "Thème", many: "Thèmes", the: "Le thème", all: "Tous les thèmes" },
  nav: true,
  dossiers: true,
  // A theme is what an article is filed under, not what it is about: a keyword.
  subject: false,
  factCoCited: true,
  factPlaces: false,
  related: { prefix: "t", weight: 1 },
  of: (article) => article.themes,
  eachEntry: (article, _registry, emit) => article.themes.forEach((t) => emit(t.slug)),
  profile: () => ({ extra: {}, exclude: {} }),
  summary: (theme) => theme.description,
  indexPage: {
    description: "Les grands sujets de l'archive : centres de données, cloud public, souveraineté numérique, investissements…",
    intro: "Les sujets qui traversent l’archive, chacun avec sa chronologie.",
  },
  feedDescription: (theme) => theme.description,
  schemaType: "DefinedTerm",
  jsonLd: (theme, { indexUrl }) => ({ description: theme.description, inDefinedTermSet: indexUrl }),
};
