import { isShort as short, type LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for an encyclopedia's page: its edit
 * links, its notes and references that close the article, its categories.
 */

export const WIKI_RULES: LineRule[] = [
  // An encyclopedia's section heading with its edit links ("Historique[modifier | modifier le code]"); its notes and references close the article.
  { id: "wiki-references", kind: "related", block: "end", furniture: "Références[modifier | modifier le code]", text: "Références : le groupe cite trois clients, dont la Ville de Lyon.", test: (l) => short(l, 8) && /^(notes et references|references|notes|bibliographie|liens externes|voir aussi)\s*\[modifier( \| modifier le code)?\]$/.test(l.key) },
  { id: "wiki-edit", kind: "widget", furniture: "Actualités[modifier | modifier le code]", text: "Le lien « modifier » a disparu de la page, selon l'éditeur.", test: (l) => l.words <= 12 && /\[modifier( \| modifier le code)?\]$/.test(l.key) },
  // A note's text under an arrow back to its call ("↑ « Titre », Journal, 12 juillet 2017."), an encyclopedia's categories and last edit.
  { id: "wiki-notes", kind: "related", furniture: "↑ « Brookfield rachète Data4 », Le Quotidien de l'Économie, 12 juillet 2017.", text: "La demande ↑ de 3 % par an, selon l'étude.", test: (l) => l.words <= 60 && /^↑/u.test(l.text) },
  { id: "wiki-categories", kind: "metadata", furniture: "Catégories : Entreprise fondée en 2006 | Opérateur de centres de données", text: "Trois catégories de clients | entreprises, collectivités | louent des salles.", test: (l) => l.words <= 60 && /^categories?\s*:/.test(l.key) && l.text.includes(" | ") },
];
