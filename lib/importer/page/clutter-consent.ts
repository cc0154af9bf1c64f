import english from "flexsearch/lang/en";
import french from "flexsearch/lang/fr";
import { foldText } from "../../text/text";
import { CONSENT_BUTTONS, wholeLine } from "./button-labels";
import type { LineInfo, LineRule } from "./line-rule";
import { wordCount } from "./line-shapes";

/*
 * Rules of the line table (clutter.ts) for what a page prints about itself
 * before the article: a consent banner (cookies, trackers, privacy) and a
 * notice on the article's language, with that notice in the site's other
 * language.
 */

/** Folded function words of French and English, from flexsearch's language packs; one-letter words are common to too many languages. */
const functionWords = new Set([french.filter, english.filter].flatMap((f) => (f instanceof Set ? [...f] : [])).filter((w) => w.length >= 2));

/**
 * A sentence in neither French nor English (« Digarezit, ar pennad-mañ a zo e
 * galleg hepken. »): five words or more, three of them lowercase, and not one function word of
 * either language. Names and titles (capitals, no final stop) are not judged.
 */
const otherLanguageSentence = (l: LineInfo) => {
  // French elisions and « à » are one letter: they count too (« L'action gagnait 2 % à Wall Street. »).
  if (!l.prose || l.words > 30 || /(^|[\s(«])(?:[cdjlmnst]|qu)['’]\p{L}|\sà\s/iu.test(l.text)) return false;
  // French typography spaces a colon, a « guillemet »: « Valeur totale estimée : 28 000 000 euros HT. » is French data, not a foreign notice.
  if (/\p{L}\s[:;«»]|\d\s\d{3}\b/u.test(l.text)) return false;
  const words = l.key.split(/[^\p{L}'-]+/u).filter(Boolean);
  const lower = l.text.split(/[^\p{L}'’-]+/u).filter((w) => /^\p{Ll}{3,}/u.test(w));
  return l.words >= 5 && lower.length >= 3 && !words.some((w) => functionWords.has(w) || w.split(/['-]/).some((part) => functionWords.has(part)));
};

/**
 * A site's name, folded: up to 40 characters and no sentence's end; a dot
 * glued to a letter is its address's (« Linfo.re », « Actu.fr »), not a stop.
 */
const SITE_NAME = String.raw`(?:[^.]|\.(?=[a-z]))`;

/** A site by its name telling it uses cookies or trackers (« RTL utilise des cookies »; Québec's « témoins »), folded. */
const SITE_COOKIES = new RegExp(String.raw`^${SITE_NAME}{1,40} utilise(nt)? des (cookies|traceurs|temoins)\b`);

/** A consent banner's button alone on its line, folded (« Tout accepter », « Continuer sans accepter », « Personnaliser »). */
const CONSENT_BUTTON = new RegExp(`^(?:${wholeLine(CONSENT_BUTTONS)})$`);

/**
 * A site by its name telling what its cookies are for (« X utilise des
 * cookies pour mesurer l'audience … »), 30 words at most. Over buttons it is
 * the banner; elsewhere it may be the article's (a platform's cookies are news),
 * but over the page's first paragraph it is the banner's (layout.ts): the text never opens on it.
 */
export function isSiteCookieSentence(line: string): boolean {
  const key = foldText(line.trim());
  return SITE_COOKIES.test(key) && wordCount(line) <= 30 && /\b(cookies?|experience|navigation|publicit\w*|personnalis\w*|consentement|accepter|refuser|audience|statistiques?|contenus (adaptes|personnalises))\b/.test(key.replace(SITE_COOKIES, ""));
}

/**
 * A site's cookie sentence with its banner's buttons on the lines under it
 * (« RTL utilise des cookies … » / « Tout accepter » / « Continuer sans
 * accepter »): the banner, furniture. The same sentence over a paragraph is a
 * sentence of the article (« La plateforme utilise des cookies pour suivre… »).
 * What the cookies are for is the banner's too: the audience measured, contents adapted to the reader.
 */
export function isBannerOverButtons(lines: readonly string[], i: number): boolean {
  if (!isSiteCookieSentence(lines[i])) return false;
  return lines.slice(i + 1, i + 3).some((l) => CONSENT_BUTTON.test(foldText(l.trim()).replace(/[\s.!›>→]+$/u, "")));
}

export const CONSENT_RULES: LineRule[] = [
  // A consent banner: the site, or « nous et nos partenaires », using cookies or trackers, or respecting « votre vie privée ».
  {
    id: "consent-banner",
    kind: "notice",
    furniture: "Ce site utilise des cookies pour vous offrir une meilleure expérience.",
    text: "Nous utilisons des traceurs GPS sur les camions du chantier, précise le directeur.",
    test: (l) =>
      l.words <= 30 &&
      (/^nous respectons votre vie privee\.?$/.test(l.key) ||
        // « Votre vie privée nous importe. Nous et nos partenaires… »: the banner may open on the reader's privacy, the site speaking as « nous ».
        // « Le Berry utilise des cookies … Tout accepter | Personnaliser »: the site by its name, its banner's buttons on the line.
        // « Site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. »: the reader's consent on the line.
        // « Site respecte votre vie privée. Nous (et nos partenaires) utilisons des cookies … »: the site by its name, then « nous » and its cookies.
        /^[^.]{1,40} respecte votre vie privee\. nous (et nos partenaires )?utilisons des (cookies|traceurs)\b/.test(l.key) ||
        ((/^(ce site( web| internet)?|notre site|nous( et nos partenaires)?|en poursuivant|en continuant|we use|this (web)?site)\b/.test(l.key) || (SITE_COOKIES.test(l.key) && /\b(tout accepter|tout refuser|continuer sans accepter|accepter et fermer)\b|\ben (poursuivant|continuant) (votre )?navigation, vous (en )?acceptez\b/.test(l.key)) || (/^votre vie privee\b/.test(l.key) && /\bnous\b/.test(l.key))) && /\b(cookies?|traceurs?|vie privee|consentement)\b/.test(l.key) && /\b(cookies?|vie privee|audience|publicit\w*|personnalis\w*|experience|navigation|consentement)\b/.test(l.key))),
  },
  // A newsletter form's data notice (« Vos données sont traitées par X conformément à sa politique de confidentialité. »): the form's, not the story's.
  { id: "data-notice", kind: "notice", furniture: "Vos données sont traitées par Le Quotidien conformément à sa politique de confidentialité.", text: "Les données des patients sont traitées par l'hôpital conformément au RGPD, assure la direction.", test: (l) => l.words <= 25 && /^vos donnees (personnelles )?(sont|seront) (traitees|utilisees|collectees) par [^.]{2,60} conformement a (sa|notre|leur|la) politique de (confidentialite|protection des donnees( personnelles)?)\.?$/.test(l.key) },
  // The page telling that its article exists in one language only (« Cet article n'existe qu'en français. »).
  { id: "language-notice", kind: "notice", furniture: "Cet article n'existe qu'en français.", text: "Cet article de loi n'existe qu'en français, rappelle le juriste.", test: (l) => l.words <= 12 && /^(cet article|ce contenu|cette page) (n'existe qu'en|est (uniquement )?disponible (uniquement |seulement )?en|n'est disponible qu'en) [\p{L}]+\.?$/u.test(l.key) },
  // The same notice, or a menu's sentence, in the site's other language: no word of French or English in it.
  { id: "other-language", kind: "notice", furniture: "Digarezit, ar pennad-mañ a zo e galleg hepken.", text: "Le projet, baptisé Kerzhadenn, sera livré en 2026.", test: otherLanguageSentence },
];
