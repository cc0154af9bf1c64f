import { PUBLISHER_ABOUT_ITSELF } from "./clutter-shapes";
import { isShort as short, type LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for what closes a page after its text:
 * a release's boilerplate, a listed firm's calendar, a disclaimer, the footer
 * and the author box.
 */


const FOOTER_LABELS =
  /^(mentions legales|politique de confidentialite|gestion des cookies|cgu|cgv|conditions generales.*|plan du site|nous contacter|contact|contactez-nous|a propos|qui sommes-nous|donnees personnelles|charte de deontologie|accessibilite.*|proudly powered by .*|help|status|about|careers|privacy|terms|nos abonnements|publicite)$/;

export const CLOSING_RULES: LineRule[] = [
  // A release's closing boilerplate: the firm presenting itself, forward-looking statements, press contacts.
  {
    id: "boilerplate", kind: "boilerplate", block: "end",
    furniture: "À propos de CyrusOne", text: "À propos de la chaleur fatale, le maire reste prudent.",
    test: (l) => short(l, 6) && (/^(\d+\.\s*)?[ÀA] propos (de |d['’])\p{Lu}|^(\d+\.\s*)?(?!(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette)\s)\p{Lu}[\p{L}\d'’-]*(?: \p{Lu}[\p{L}\d'’-]*){0,3} en bref$|^about \p{Lu}/u.test(l.text) || /^(\d+\.\s*)?(declarations? prospectives?|forward-looking statements|contacts? (presse|medias?)|relations? (presse|medias?)|press contacts?|media contacts?)$/.test(l.key)),
  },
  // A listed firm's calendar: "Prochain rendez-vous : chiffre d'affaires du troisième trimestre, le 23 octobre".
  { id: "investor-calendar", kind: "boilerplate", furniture: "Prochain rendez-vous : chiffre d'affaires du troisième trimestre 2025, le 23 octobre 2025 après Bourse.", text: "Prochain rendez-vous : le conseil municipal votera le permis en mars.", test: (l) => l.words <= 30 && /^(prochains? rendez-vous|prochaines? publications?|agenda financier|calendrier financier)\s*:/.test(l.key) && /\b(chiffre d'affaires|resultats?|assemblee generale|bourse|trimestr|semestr|dividende)/.test(l.key) },
  // A disclaimer: trademarks named in a release, an opinion page's « n'engagent que leurs auteurs ».
  {
    id: "disclaimer", kind: "boilerplate",
    furniture: "* Les noms de sociétés et de produits mentionnés dans ce communiqué sont des marques déposées de chaque société.", text: "Les marques de la société sont déposées à l'INPI depuis 2019, a rappelé son avocat.",
    test: (l) => l.words <= 40 && (/^[*(\s]*(les )?(noms|marques)\b.{0,60}\b(cites|mentionnes|utilises)\b.{0,80}\b(sont|peuvent etre) des marques\b/.test(l.key) || /^(les |cette |ces )?(tribunes?|opinions?|points de vue|contributions|chroniques|textes)\b.{0,60}\bn'engagen?t que (leurs?|son|ses) auteurs?\b/.test(l.key)),
  },
  // Footer: copyright and legal links.
  { id: "footer", kind: "footer", block: "end", furniture: "© Le Quotidien national 2024 - Tous droits réservés", text: "Les droits d'auteur des logiciels restent réservés à l'éditeur.", test: (l) =>
      (l.text.length <= 120 && /tous droits reserves|all rights reserved|copyright|©.*\d{4}|\d{4}.*©|^reproduction (interdite|et diffusion interdites)\b/.test(l.key)) ||
      FOOTER_LABELS.test(l.key) ||
      // A licence line: "Le texte est disponible sous licence Creative Commons…", "Dernière modification de cette page le …".
      (l.words <= 40 && /^(le |les )?(texte|contenu)s? (est|sont) (disponibles?|publies?|diffuses?) sous (la )?licence\b|^derniere modification de cette page\b/.test(l.key)) ||
      (short(l, 12) && /\s-\s(mentions legales|contact|cgu)\b/.test(l.key)) ||
      // A publication's colophon: "Directrice de la publication : …", "Tirage : 4 500 exemplaires".
      (l.words <= 60 && /\b(directeur|directrice) de (la )?publication\b|\btirage\s*:\s*[\d\s]+exemplaires|\bdepot legal\b|\bissn\b/.test(l.key)) ||
      // The publisher speaking of itself: "X fait partie du réseau Y", "X est édité par Y".
      (l.words <= 20 && PUBLISHER_ABOUT_ITSELF.test(l.text)) },
  // The author box after the text ("Written by …", "Auteur", "À propos de l'auteur").
  { id: "author-box", kind: "author-box", block: "end", furniture: "Written by Camille Desrosiers", text: "L'auteur du rapport, Marc Durand, recommande une étude d'impact.", test: (l) => short(l, 8) && /^(written by|ecrit par|a propos de l'auteur|l'auteur|auteur|more from)\b/.test(l.key) },
];
