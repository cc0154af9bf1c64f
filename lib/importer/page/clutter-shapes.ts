import type { LineInfo } from "./line-rule";
import { wordCount } from "./line-shapes";

/*
 * Shapes of lines the rule table (clutter.ts) tests that take more than a
 * word list: a masthead speaking of itself, a translation widget, a legal
 * line, a live post's update, a breadcrumb.
 */

/** A masthead's name (capitalised words), then what it says of itself: never an article's sentence about "le site". */
export const PUBLISHER_ABOUT_ITSELF = /^\p{Lu}[\p{L}'’-]*(?: (?:de l['’]|de |du |des |d['’]|la |le )?\p{Lu}[\p{L}'’-]*){0,5} (?:fait partie (?:du|de la|des) (?:réseau|groupe)|est (?:édité|une publication|une marque) (?:par|de|d['’]))/u;

/** A translated page's switches: "Afficher l'original", "Langue : Français", "Traduit par Google". */
export const TRANSLATION_WIDGET = /^(afficher|voir|revenir a) (l'original|le texte original|la version originale|l'article original)$|^langue ?: ?[\p{L}]+$|^tradui(t|te) (automatiquement )?par (google|deepl)( traduction| translate)?$/u;

/**
 * The firm a legal line names (« Rosace Réseaux – SAS au capital de 5 000 000 € – 68100 Mulhouse »):
 * the page is that firm's own, so its name is one of the article's firms, not a newspaper's masthead.
 */
export function legalLineName(text: string): string | undefined {
  return text.match(/^(\p{Lu}[^–—|]{1,60}?)\s+[–—-]\s+(?:SAS|SASU|SA|SARL|SE|SCOP|EURL|SCA|SEM|SPL)\s+(?:au|à) capital\b/u)?.[1];
}

/** « Mise à jour : Orange sera le premier client. »: a live post's added fact, a sentence without a date or time, no stamp. */
export const isUpdateNote = (l: LineInfo) => l.prose && /^(mise a jour|maj|update) ?: ?\D+$/.test(l.key) && wordCount(l.key.replace(/^[^:]*:/, "")) >= 5;

/** Short segments joined by › or >; the last may be the page's own title when the first is the home page (« Accueil > Actualités > Le câble… »). */
export const isBreadcrumb = (l: LineInfo) => {
  // « Accueil / Emplacements / Marseille / Projet » too, when the home page opens it: a slash alone joins too much else.
  const parts = l.text.split(/^(accueil|home)\s\/\s/.test(l.key) ? /\s[›>»/]\s/ : /\s[›>»]\s/);
  if (parts.length < 2 || l.prose) return false;
  // Opened by the home page and three rubrics deep or more, a rubric may be long (« Accueil › Journal officiel › JORF n°0111 du 13 mai 2026 › Texte n° 27 »).
  const home = /^(accueil|home)\s[›>»/]\s/.test(l.key) && l.words <= 30;
  return (l.words <= 12 && parts.every((s) => wordCount(s) <= 4)) || (home && parts.slice(0, -1).every((s) => wordCount(s) <= (parts.length >= 4 ? 8 : 4)));
};

/** A post's reaction bar: counts and their words between « · » or « | » (« 4 réponses · 12 partages · 58 j'aime »). */
export const isReactionBar = (l: LineInfo) => {
  const parts = l.key.split(/\s[·|•]\s/u);
  return !l.prose && parts.length >= 2 && parts.every((p) => /^[\d\s.,]+[km]?\s+(reponses?|commentaires?|partages?|j'aime|likes?|reactions?|republications?|retweets?|vues?|citations?|signets?)$/u.test(p));
};
