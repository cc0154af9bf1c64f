import { foldText } from "../../text/text";
import { CONSENT_BUTTONS, SIGN_UP_BUTTONS } from "./button-labels";
import { isCallToAction } from "./calls-to-action";
import { CAMPAIGN_RULES } from "./clutter-campaigns";
import { CONSENT_RULES } from "./clutter-consent";
import { REGULATED_RULES } from "./clutter-regulated";
import { RIGHTS_RULES } from "./clutter-rights";
import { TRANSLATION_WIDGET, isBreadcrumb, isReactionBar, isUpdateNote, legalLineName } from "./clutter-shapes";
import { TRANSCRIPT_RULES } from "./clutter-transcripts";
import { WIKI_RULES } from "./clutter-wiki";
import { CLOSING_RULES } from "./clutter-closing";
import { endsLikeProse, wordCount } from "./line-shapes";

export type { ClutterKind, LineInfo, LineRule } from "./line-rule";
import { type ClutterKind, type LineInfo, type LineRule, isShort as short } from "./line-rule";


export const LABELS = new Set(
  ("web analytics|menu|accueil|rechercher|recherche|publicite|plus|voir plus|lire plus|lire la suite|fermer|retour|haut de page|retour en haut|suivant|precedent|" +
    "parametres|se connecter|connexion|mon compte|mon espace|mon edition|cookies|" +
    "contenu sponsorise|sponsorise|annonce|advertisement|skip to content|aller au contenu|aller au contenu principal|aller a la navigation|aller au menu|aller a la recherche|aller au pied de page|skip to navigation|read more|ecouter|ecouter cet article|listen|" +
    "favoris|ajouter aux favoris|ajouter a mes favoris|ajouter a vos selections|ajouter a ma liste|offrir cet article|copier le lien|lien copie|imprimer|" +
    "taille de la police|a+|a-|open in app|sign up|sign in|write|follow|like|like this|like loading...|plus d'infos|ok|valider|envoyer|direct|en direct|" +
    "passer au contenu|passer au contenu principal|aller directement au contenu|a la une|a la une aujourd'hui|votre adresse e-mail|votre e-mail|votre email|se desinscrire|transferer a un collegue|" +
    "voir la version en ligne|breve suivante|retour au fil|toutes les breves|republier|j'aime|contribuer|reutiliser ce contenu|l'essentiel|podcasts|emissions|epingle|message epingle|lire l'article|en savoir plus|afficher plus|afficher plus d'articles|charger plus|voir plus d'articles")
    .split("|")
    .concat(CONSENT_BUTTONS, SIGN_UP_BUTTONS),
);

/** A page's label, with or without the mark after it (« Continuer sans accepter → », « Lire la suite › »). */
export const isLabel = (text: string) => LABELS.has(keyOf(text.trim()));

const NETWORKS = /^(facebook|twitter|x|linkedin|whatsapp|instagram|xing|courriel|e-?mail|bluesky|mastodon|threads|telegram|reddit|flipboard|pinterest|youtube|tiktok)$/;

const STREET_WORD = "(rue|avenue|av\\.|boulevard|bd|place|quai|allee|chemin|route|impasse|cours|square|chaussee)";
/** A street address, the number before the street (« 2, quai de la Saône ») or after it (« Place de la Nation 2 »). */
const STREET = new RegExp(`\\b\\d{1,4}(\\s?(bis|ter))?,?\\s${STREET_WORD}\\b|\\b${STREET_WORD}\\s[\\p{L}'’ -]{2,40}\\s\\d{1,4}(?=\\s*(?:[·|–—,-]|$))`, "u");

/** The rule table, in the order rules are tried. */
export const LINE_RULES: readonly LineRule[] = [
  // No letter and no digit: separators, bullets, empty stars ("·", "|", "☆☆☆☆☆").
  { id: "symbols", kind: "widget", furniture: "☆☆☆☆☆", text: "« 5 % »", test: (l) => !/[\p{L}\p{N}]/u.test(l.text) },
  // A logo's alternative text or the link back to the home page.
  { id: "logo", kind: "logo", furniture: "Logo Le Quotidien national", text: "Le logo de l'opérateur a changé en 2023.", test: (l) => short(l, 10) && /^(logo\b|retour a l'accueil$)/.test(l.key) },
  // A breadcrumb: short segments joined by › or > ("Accueil › Cloud › Infrastructure").
  { id: "breadcrumb", kind: "breadcrumb", furniture: "Accueil › Cloud › Infrastructure", text: "Le ratio capacité › demande reste favorable, selon l'étude.", test: (l) => isBreadcrumb(l) },
  // A media player's clock or a time alone ("00:00/03:12", "14h32").
  { id: "time", kind: "time", furniture: "00:00/03:12", text: "Le site fonctionne 24 h sur 24 depuis mars.", test: (l) => /^([▶►▷]\s*)?\d{1,2}\s*[:h]\s*\d{2}(\s*\/\s*\d{1,2}:\d{2})?$/.test(l.key) },
  // A player's button or length (« ▶ Regarder (2:14) », « Durée de la vidéo : 00h01mn48s »): the player's, no sentence.
  // A tablet edition's page marker in capitals (« ÉCRAN 2 »), printed where the reader swipes: no word of the text.
  { id: "screen-marker", kind: "widget", furniture: "ÉCRAN 2", text: "Écran 2 : la salle rouvre en mars.", test: (l) => /^[ÉE]CRAN \d{1,2}$/u.test(l.text) },
  // A gallery's label and its slide counter (« Galerie photos (4) », « 1 / 4 »): the pictures' box, no word of the text.
  { id: "gallery-label", kind: "widget", furniture: "Galerie photos (4)", text: "La galerie photo de la mairie a rouvert en mars.", test: (l) => l.words <= 5 && /^galerie (?:de )?(?:photos?|d'images|images)(?: \(\d+\))?$/.test(l.key) },
  { id: "slide-counter", kind: "widget", furniture: "1 / 4", text: "1 / 4 des serveurs est déjà loué.", test: (l) => /^\d{1,2} \/ \d{1,2}$/.test(l.key) },
  { id: "player", kind: "time", furniture: "▶ Regarder (2:14)", text: "Regarder (de près) les chiffres de 2024 suffit.", test: (l) => /^([▶►▷]\s*)?(regarder|ecouter|voir|lire)( la (video|sequence|emission))?\s*\(\d{1,2}:\d{2}(:\d{2})?\)$|^duree de la (video|sequence|emission)\s*:?\s*(\d{1,2}\s*h\s*)?\d{1,2}\s*(mn|min)\s*\d{1,2}\s*s$/.test(l.key) },
  // A count and nothing to count but the page's audience ("Vu 3 452 fois", "1 254 vues", "312 Followers").
  { id: "counter", kind: "counter", furniture: "Vu 3 452 fois", text: "1 000 emplois seront créés d'ici 2026.", test: (l) => !l.prose && /^(\p{Extended_Pictographic}\ufe0f?\s*)?((lu|vu|vues?|lectures?)\s*:?\s*)?[\d\s.,]+[km]?\s*(fois|vues?|partages?|lectures?|likes?|j'aime|reactions?|followers|abonnes|republications?|votes?|shares?)?$/u.test(l.key) || isReactionBar(l) },
  // A relative time alone (« il y a 6 heures », « Hier »): a feed's or a cluster's stamp over an item, no date of the article.
  { id: "relative-time", kind: "time", furniture: "il y a 6 heures", text: "Il y a 6 heures de coupure chaque semaine.", test: (l) => short(l, 6) && /^(publie |mis a jour )?(il y a \d+ ?(s|sec|secondes?|mn|min|minutes?|h|heures?|j|jours?|sem|semaines?|mois|ans?)|hier|avant-hier|aujourd'hui)( a \d{1,2} ?[:h] ?\d{2})?$/.test(l.key) },
  // A programme's slot under its name (« Le réveil du Lac, du lundi au vendredi de 5 h 30 à 9 h »): a station's schedule, not the story.
  { id: "schedule", kind: "widget", furniture: "Le réveil du Lac, du lundi au vendredi de 5 h 30 à 9 h", text: "Le chantier se poursuivra du lundi au vendredi de 7 h à 19 h, précise la mairie.", test: (l) => !l.prose && l.words <= 16 && /\b(du lundi au (vendredi|samedi|dimanche)|en semaine|tous les (jours|matins|soirs)|le (samedi|dimanche)|les (samedis|dimanches))\b,? (de|des|a) \d{1,2} ?h/.test(l.key) },
  // Reading or listening time ("Temps de lecture : 3 min", "7 min read", "Écouter (2 min)").
  { id: "reading-time", kind: "reading-time", furniture: "Temps de lecture : 3 min", text: "Le temps de lecture des disques a été divisé par deux.", test: (l) => /^((temps de )?lecture\s*:?\s*\d+\s*min\.?|\d+\s*min\.?\s*(de lecture|read)|ecouter\s*\(\d+\s*min\))\.?$/.test(l.key) },
  // A modification stamp ("Mis à jour le 3 juillet 2024 à 15:02", "Publié aujourd'hui à 06h32").
  { id: "update-stamp", kind: "update-stamp", furniture: "Mis à jour le 3 juillet 2024 à 15:02", text: "Mis à jour en 2023, le plan prévoit trois nouveaux sites.", test: (l) => l.text.length <= 90 && /^((derniere )?(mise a jour|mis a jour|maj|modifie|updated|last updated)|publie) *(:|le\b|a\b|il y a|aujourd'hui|hier|on\b|\d)/.test(l.key) && !/^publie (le|:) *\d/.test(l.key) && !isUpdateNote(l) },
  // Page metadata as key and value: the key names the page, not the subject ("Catégorie : Cloud").
  { id: "metadata", kind: "metadata", furniture: "Rubrique : Cloud", text: "Surface : 3 400 m²", test: (l) => l.words <= 12 && /^(categories?|rubriques?|sections?|vues|lectures|mots-cles|tags?|themes?|sujets?|date de publication|publication|publie|derniere modification|source photo|credit photo|format|edition|horaires?) ?:/.test(l.key) },
  // The page speaking of itself: a machine translation, an automatic publication.
  { id: "notice", kind: "notice", furniture: "Ce communiqué a été traduit automatiquement. La version originale en anglais fait foi.", text: "La traduction automatique des contrats reste interdite, selon le règlement.", test: (l) => l.words <= 30 && (/\b(ce|cet|cette) (page|communique|article|texte|contenu|depeche) a ete (traduite?|publiee?|genere?e?) (automatiquement|(a partir d(u|e l'|e|es|') ?[\p{L}-]+ )?par (google|deepl|microsoft|bing|un outil|une ia|l'ia))|^traduction automatique\s*:|^(la )?transcription (a ete )?(generee|realisee|faite) automatiquement\b|\bversion (originale|anglaise|anglaise originale)\b.{0,40}\bfait foi\b/u.test(l.key) || TRANSLATION_WIDGET.test(l.key)) },
  // A footnote under a report's text, opening on its superscript call (« ¹ PUE : … »): the call stands in the text, the note explains a word.
  { id: "footnote", kind: "notice", furniture: "¹ PUE : rapport entre l'énergie totale du site et celle des serveurs.", text: "Le PUE¹ moyen du site est tombé à 1,38 en 2024.", test: (l) => /^[¹²³⁰⁴-⁹]{1,2}\s*\p{L}/u.test(l.text) },
  // A wire's desk codes closing a dispatch: the initials of its editors ("ACP/JCB/MDL").
  { id: "wire-codes", kind: "wire-codes", furniture: "ACP/JCB/MDL", text: "Le GIE/SNCF a signé.", test: (l) => /^[A-Z]{2,5}(\/[A-Z]{2,5}){1,4}$/.test(l.text) },
  // An advertiser's slot: "Sponsorisé" and the teaser under it.
  { id: "sponsored", kind: "related", block: "links", furniture: "Sponsorisé", text: "Sponsorisé par la région, le projet a reçu 3 millions d'euros.", test: (l) => short(l, 3) && /^(sponsorise|contenu sponsorise|contenu partenaire|publi-?reportage|sponsored)$/.test(l.key) },
  // A button or menu label: the words of the interface, alone on their line.
  { id: "label", kind: "widget", furniture: "Ajouter à ma liste", text: "Envoyer des données vers Francfort coûte cher.", test: (l) => LABELS.has(l.key) },
  // Share buttons and the names of the networks they point to.
  { id: "share", kind: "share", furniture: "Partager sur Facebook", text: "Partager les capacités entre régions reste compliqué, selon lui.", test: (l) => short(l) && (/^(partager|partagez|share|tweeter|tweet|envoyer par|imprimer)\b/.test(l.key) || NETWORKS.test(l.key)) },
  // A share block's header: the article is over when it comes after the text.
  // The copy-link button with the address it copies (« Copier le lien : https://… »).
  { id: "copy-link", kind: "share", furniture: "Copier le lien : https://www.exemple.fr/a/1", text: "Copier le lien vers le registre a suffi, dit-il.", test: (l) => l.words <= 6 && /^(copier|copiez) (le )?lien\s*:?\s*https?:\/\/\S+$/.test(l.key) },
  { id: "share-header", kind: "share", block: "end", furniture: "Partager cet article", text: "Partager cet article de loi a pris trois ans aux députés.", test: (l) => short(l, 10) && /^(partager|partagez|share) (cet article|this|l'article sur les reseaux sociaux)\b/.test(l.key) },
  // Follow prompts ("Suivez-nous sur", "Suivez l'auteur").
  { id: "follow", kind: "share", furniture: "Suivez-nous sur", text: "Suivez l'argent : la formule vaut aussi pour les centres de données.", test: (l) => short(l, 10) && /^(suivez|suivre|follow)\b/.test(l.key) },
  // Rating widgets: stars, "Notez cet article", vote counts.
  { id: "rating", kind: "rating", block: "end", furniture: "★★★★☆ 4,3/5 (27 votes)", text: "L'agence a relevé la note du groupe à A-, selon un communiqué.", test: (l) => /[★☆]/u.test(l.text) || /^(notez|noter|evaluez) (cet article|l'article|-le)|^note moyenne\b|\(\d+ votes?\)$|^vous avez aime cet article/.test(l.key) },
  // Comment furniture, French and English: counters, prompts, form fields, thread lines.
  {
    id: "comments", kind: "comments", block: "end",
    furniture: "Aucun commentaire pour le moment.", text: "Un porte-parole confirme l'opération, sans commentaire sur le prix.",
    test: (l) => (l.words <= 40 && /^\d+ (responses? to|reponses? a)\b/.test(l.key)) || l.words <= 16 && /^(\d*\s*(commentaires?|comments?|reactions?|responses?)( \(\d+\))?|(vos (commentaires|reactions)|(les )?(commentaires|reactions) des (lecteurs|internautes))( \(\d+\))?|(aucun|pas de|0) (commentaire|reaction)s?\b.{0,30}|soyez le premier a (commenter|reagir)\b.*|(commenter|reagir|reagissez|commentez)( a)?( cet article)?( \(\d+\))?|(plug-?in )?commentaires (facebook|disqus)|(voir|afficher|masquer) (les|tous les) commentaires|les commentaires (sont (desactives|fermes|clos)|de nos abonnes)\b.*|comments are closed\b.*|(ajouter|laisser|poster|publier|ecrire|rediger) (un|votre) commentaire\b.*|(leave|post|add) a (reply|comment)\b.*|(submit|post) comment|(cancel reply|annuler la reponse)|(tous )?les champs (sont obligatoires|obligatoires sont)\b.*|(votre|your) (adresse (e-?mail|de messagerie)|email address|e-?mail) (ne sera pas|will not be)\b.*|required fields are marked\b.*|(nom|name|e-?mail|site web|website|commentaire|comment)\s*\*?|(save my name|enregistrer mon nom)\b.*|.{1,40} says|reply|repondre|signaler( un abus)?|trier par\b.*)$/.test(l.key),
  },
  // Paywall and log-in notices ("Il vous reste 62 % de cet article à lire", "Déjà abonné ?", "Vous êtes abonné ? Se connecter",
  // "Vous voulez lire la suite ? X ne vit que de ses abonnés.").
  {
    id: "paywall", kind: "paywall", block: "end",
    furniture: "Cet article est réservé aux abonnés", text: "Le service, réservé aux abonnés professionnels de l'opérateur, coûte 40 euros par mois.",
    // « Cet article est réservé aux membres X+ »: a club's paywall says members; « réservé aux membres » alone stays prose.
    test: (l) => l.words <= 40 && (/(article|suite|contenu|lecture).{0,40}reservee?s? (aux|a nos) (abonne(s|[·.]e[·.]?s)|membres)|reservee?s? (aux|a nos) abonne(s|[·.]e[·.]?s)$/.test(l.key) || /^(cet article|ce contenu) (fait partie|releve) (de notre|de nos|des|du) (contenus?|articles?|offres?|espace) (premium|abonnes|payants?)|^(il vous reste \d|deja abonne|vous etes (deja )?abonnee? ?\?|(article )?(abonnes?|premium|reserve aux abonnes)$|votre abonnement vous permet|((pour|vous voulez) )?lire la suite\b|debloquez\b)/.test(l.key)),
  },
  // A related block's header that speaks to the reader ("Ceci peut aussi vous intéresser"): its links go with it.
  { id: "related-prompt", kind: "related", block: "links", furniture: "Ceci peut aussi vous intéresser", text: "Ceci peut aussi vous intéresser, a-t-il lancé aux élus, avant de présenter le projet.", test: (l) => short(l, 8) && /^(ceci|cela|ces articles|ces sujets) (peut|peuvent|pourrait|pourraient) (aussi |egalement )?vous interesser$/.test(l.key) },
  // Calls to action: every sentence speaks to the reader and asks (subscribe, follow, sign up…).
  { id: "call-to-action", kind: "call-to-action", furniture: "Recevez chaque matin l'essentiel de l'actu tech", text: "Le service compte déjà 3 000 abonnés en Afrique de l'Ouest.", test: (l) => isCallToAction(l.text) },
  // A newsletter box's header: its short lines (the letter's name, the e-mail field) go with it.
  { id: "newsletter", kind: "newsletter", block: "links", furniture: "Newsletter TechActu", text: "La newsletter du groupe compte 20 000 lecteurs, selon l'éditeur.", test: (l) => short(l, 5) && /^(newsletters?|infolettres?)\b/.test(l.key) },
  // The header of a block of links to other articles.
  { id: "related", kind: "related", block: "links", furniture: "Sur le même sujet", text: "Sur le même sujet, les riverains ont demandé une réunion publique.", test: (l) => short(l, 8) && /^((a )?lire aussi|voir aussi|sur le meme (sujet|theme)|articles? (similaires|lies|connexes|sur le meme theme)|dans la meme rubrique|les plus (lus|populaires|partages|consultes|commentes)|a lire egalement|lire egalement|a voir (aussi|egalement)( sur .{1,40})?|voir egalement|a decouvrir( aussi)?|pour aller plus loin|(pour )?approfondir|nos derniers articles|related( articles| posts)?|recommended from|more from|vous aimerez( aussi)?|vous pourriez (aussi )?aimer|lire la suite de notre dossier|(les )?points cles|les points a retenir|notre selection|nos selections|la selection de la redaction|plus d'articles|autres articles|(episodes?|emissions?|numeros?|articles?) (precedents?|recents?|suivants?))\b/.test(l.key) || /^(pour memoire|bio express|biographie express|reperes biographiques|son parcours en dates)$/.test(l.key) },
  // A link to another article on the line of its header: "Lire aussi : Data centers : le Maroc veut attirer…".
  { id: "related-inline", kind: "related", furniture: "Lire aussi : Data centers : le Maroc veut attirer les géants du cloud", text: "Lire aussi : le rapport de la Cour des comptes, publié mardi, détaille ces coûts.", test: (l) => l.words <= 25 && /^((a )?(lire|voir) (aussi|egalement)|lire notre (enquete|article|dossier|reportage|entretien|analyse|portrait|decryptage|serie)|article (suivant|precedent))\s*[:|]/.test(l.key) && !/[.;]$/.test(l.text) },
  // The same link without its colon, the linked headline's capital right after « Lire aussi » (« Lire aussi Câbles sous-marins : … »).
  { id: "related-inline-bare", kind: "related", furniture: "Lire aussi Data centers : le Maroc veut attirer les géants du cloud", text: "Lire aussi les conclusions du rapport, publiées mardi.", test: (l) => l.words <= 25 && /^(?:À |A )?(?:Lire|Voir) (?:aussi|également)\s+\p{Lu}/u.test(l.text) && !/[.;!?]$/.test(l.text) },
  // The header of a list of tags.
  { id: "tags", kind: "tags", block: "links", furniture: "Sujets associés", text: "Sujets sensibles : l'eau et l'électricité.", test: (l) => short(l, 3) && /^(tags?|sujets?( associes)?|mots-cles|themes?|categories?|(valeurs|societes|entreprises|titres) (associees?|citees?|concernees?|liees?))$/.test(l.key) },
  // A table of contents: its entries repeat the intertitles.
  { id: "contents", kind: "contents", block: "links", furniture: "Sommaire", text: "Sommaire d'une année chargée : trois rachats et deux ouvertures.", test: (l) => short(l, 3) && /^(sommaire|au sommaire|dans cet article)$/.test(l.key) },
  ...WIKI_RULES,
  // A forum's quotation label, alone or with the quoted member (« Citation : Kévin_68 »); the quoted text stays.
  { id: "quote-label", kind: "widget", furniture: "Citation : Kévin_68", text: "Citation : « Nous irons vite », a dit le ministre.", test: (l) => l.words <= 3 && /^(citation|quote|a ecrit)( : [\p{L}\d_.-]+)?$/u.test(l.key) },
  // A meeting's attendance (« Présents : 21 – Représentés : 4 », « Participaient à la séance : … »): the minutes' header, not what was decided.
  { id: "attendance", kind: "metadata", furniture: "Participaient à la séance : Claire Dumontel, présidente, et les membres du collège.", text: "Les présents à la séance ont voté contre le projet.", test: (l) => l.words <= 40 && /^(participaient a la seance|etaient presents|presents|absents|excuses|secretaire de seance)\s*:/.test(l.key) },
  // A court decision's reference (« TA Versailles, 3e ch., 14 mai 2025, n° 2301876, … »): short fragments between commas, a number, a year, no sentence.
  { id: "case-reference", kind: "metadata", furniture: "TA Versailles, 3e ch., 14 mai 2025, n° 2301876, Association Courtabœuf Environnement", text: "Le 14 mai 2025, le tribunal, saisi sous le n° 2301876, a annulé le permis.", test: (l) => !l.prose && l.words <= 25 && /\bn° ?\d/.test(l.key) && /\b(19|20)\d{2}\b/.test(l.key) && l.text.split(",").length >= 4 && l.text.split(",").every((f) => f.trim().split(/\s+/).length <= 4) },
  // An organisation's postal address (« Coopérative Val de Saône – 2, quai de la Saône – 71100 Chalon-sur-Saône – 03 85 … »),
  // the Belgian or Swiss way too, the number after the street and four digits to the postcode (« Place de la Nation 2 · 1008 Bruxelles »).
  { id: "postal-address", kind: "boilerplate", furniture: "Coopérative Val de Saône – 2, quai de la Saône – 71100 Chalon-sur-Saône – 03 85 00 00 00", text: "Le site du 2, quai de la Saône, à Chalon-sur-Saône, ouvrira en 2026.", test: (l) => l.words <= 30 && !l.prose && /\s[–—|·-]\s/.test(l.text) && /(^|[\s,–—·-])\d{4,5}\s+\p{L}/u.test(l.key) && STREET.test(l.key) },
  // A site's slogan under its masthead: the site telling what it is (« Le site qui informe la Guinée », « Quotidien d'information »), never a headline.
  { id: "site-slogan", kind: "widget", furniture: "Le site qui informe la Guinée", text: "Le site qui informe la Guinée ferme ses portes", test: (l) => short(l, 8) && /^(?:(?:le|la|l'|votre|ton|un|une) ?)?(?:premier |1er )?(?:site|journal|quotidien|hebdomadaire|hebdo|mensuel|magazine|portail|media|webzine|radio) (?:qui (?:informe|vous informe|decrypte)|(?:d'|de l')(?:information|actualite|info)s?\b)(?: [\p{L}'-]+){0,3}$/u.test(l.key) },
  // A link's label in a letter: « Voir le planning », « Consulter les offres ».
  { id: "link-label", kind: "widget", furniture: "Voir le planning", text: "Voir le planning glisser de six mois n'a surpris personne.", test: (l) => l.words <= 4 && !l.prose && /^(voir|consulter|decouvrir|acceder a) (le|la|les|l'|tout le|toutes les|tous les|nos|notre|mon|mes|ma) ?[\p{L}-]+$/u.test(l.key) },
  // A firm's legal line, and a service's contact line (a telephone number offered to the reader).
  { id: "legal-line", kind: "boilerplate", furniture: "Rosace Réseaux – SAS au capital de 5 000 000 € – 68100 Mulhouse", text: "La SAS au capital de 5 000 euros a été créée à Mulhouse en 2019.", test: (l) => l.words <= 30 && legalLineName(l.text) !== undefined },
  { id: "contact-line", kind: "boilerplate", furniture: "Une question ? Votre conseiller répond au 03 89 00 00 00, du lundi au vendredi.", text: "Le standard du 03 89 00 00 00 a reçu 400 appels, selon la mairie.", test: (l) => l.words <= 30 && /\b0\d(?:[ .]?\d{2}){4}\b/.test(l.key) && /\b(vous|votre|vos)\b|^une question\b|\b(appelez|contactez|joignable|composez)\b/.test(l.key) },
  // A release's contact for the press: a contact label, then whom to reach, with a number or an address.
  { id: "press-contact", kind: "boilerplate", furniture: "Personne-ressource pour les médias : Julie Martin, communications, 506-555-0100", text: "Les renseignements complémentaires du rapport : 506 pages, 12 annexes et 3 cartes.", test: (l) => l.words <= 30 && /^(contacts?( presse| medias?)?|renseignements?( complementaires)?|personnes?-ressources?( pour les medias)?|relations? (presse|medias?)|pour (plus d'informations|tout renseignement)) ?:/.test(l.key) && (/\d{2,3}(?:[ .-]?\d{2,4}){3,}/.test(l.key) || /\S@\S+\.\p{L}{2,}/u.test(l.text)) },
  // A letter's greeting or farewell to its readers ("Bonjour à toutes et à tous,", "Bonne lecture !").
  { id: "greeting", kind: "greeting", furniture: "Bonjour à toutes et à tous,", text: "Bonjour, a lancé le ministre en ouvrant la séance, avant de présenter le projet.", test: (l) => (l.words <= 8 && (/^(bonjour|bonsoir|hello)\b[^.!?]*,$/.test(l.key) || /^(bonne lecture|bonne (semaine|journee|soiree|fin de semaine)|bon week-end|belle (journee|semaine)|a (la semaine prochaine|bientot|tres vite)|bien (cordialement|fidelement|a vous)|cordialement|amities)\s*[!.,]*$/.test(l.key))) || (l.words <= 30 && /[.!?] (bonne lecture|bonne semaine|bon week-end|belle semaine)\s*!?$/.test(l.key)) },
  // A letter's or a site's other sections after the article: briefs, an agenda. The article is over.
  { id: "briefs", kind: "related", block: "end", furniture: "EN BREF", text: "En bref, le projet reste sur les rails malgré le retard.", test: (l) => short(l, 3) && /^(en bref|breves|agenda|les breves|dans l'actu|l'agenda)$/.test(l.key) },
  // A media teaser: "▶ VIDÉO | …", "PODCAST : …", a link to another piece.
  { id: "media-teaser", kind: "related", furniture: "▶ VIDÉO | Les data centers, ces gouffres énergétiques ?", text: "Vidéo : le ministre a filmé la visite du site, publiée mardi par la préfecture.", test: (l) => l.words <= 15 && /^[▶►▷]?\s*(video|podcast|diaporama|en images|infographie|live)\s*[|:–—-]/.test(l.key) && !/[.;]$/.test(l.text) },
  // A network's widgets: the degree of a contact ("• 2e"), a weather box ("Tunis 34°C").
  { id: "network-widget", kind: "widget", furniture: "• 2e", text: "Il fait 34 °C dans les salles, selon la direction.", test: (l) => /^[•·]\s*\d+(e|er|eme)( et \+)?$/.test(l.key) || (l.words <= 4 && /^\p{Lu}[\p{L}' -]{1,30}\s-?\d{1,2}\s*°\s*[CF]?$/u.test(l.text)) },
  ...CLOSING_RULES,
  // An embedded post's signature line: "— Name (@handle) date".
  { id: "post-signature", kind: "social-post", furniture: "— Ibrahim Kalil Konaté (@IK_Konate) February 19, 2024", text: "— Ce sera notre dernier site en Europe, a-t-il conclu.", test: (l) => /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+.{0,40}\d{4}$/u.test(l.text) },
  // A bare link (a post's short link, a photo link).
  { id: "link", kind: "social-post", furniture: "pic.twitter.com/Xk3Lm9QaZt", text: "Le site ovhcloud.com a changé d'adresse en 2023.", test: (l) => /^(https?:\/\/\S+|(pic\.twitter\.com|t\.co|bit\.ly|x\.com)\/\S+)$/.test(l.key) },
  // A messaging channel's mark over a post it relays (« Transféré de Wiocc Officiel », « Forwarded from … »).
  { id: "forwarded", kind: "social-post", furniture: "Transféré de Wiocc Officiel", text: "Transféré de Paris à Lyon, le serveur a repris son service.", test: (l) => short(l, 7) && /^(transfere|forwarded) (de|depuis|from) \S/.test(l.key) && !/[,.]/.test(l.key) },
  // A raw feed's fields around its items (« link: https://… », « category: Cloud », « lastBuildDate: … »); its items' dates and authors are read as datelines and bylines.
  { id: "feed-field", kind: "metadata", furniture: "link: https://www.exemple.fr/article", text: "Link : le nouveau câble reliera Marseille à Singapour.", test: (l) => l.words <= 12 && /^(link|guid|category|lastbuilddate|language|comments|enclosure):\s?\S+/.test(l.key) && !(l.prose && l.words > 4) },
  // A line of hashtags, or one where they weigh a third of the words: a post, not text.
  { id: "hashtags", kind: "social-post", furniture: "#datacenter #Lille #cloud", text: "Le groupe a lancé la campagne #CloudSouverain en mars.", test: (l) => { const tags = (l.text.match(/(^|\s)#[\p{L}\d_]+/gu) ?? []).length; return tags >= 2 && tags * 3 >= l.words; } },
  ...TRANSCRIPT_RULES,
  ...CAMPAIGN_RULES,
  ...CONSENT_RULES,
  ...REGULATED_RULES,
  ...RIGHTS_RULES,
];

/**
 * The text without its final ":", "›", "→"… and the spaces before them. Written as a
 * loop: the regular expression `\s*[:›>»→]+$` backtracks over every run of
 * spaces, quadratic on a line of a million blanks.
 */
function withoutEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ":›>»→".includes(text[end - 1])) end--;
  if (end === text.length) return text;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A line's key: folded, spaces collapsed, a final ":", "›" or "→" removed, so "Lire aussi :" is "lire aussi". */
function keyOf(trimmed: string): string {
  return withoutEndMarks(foldText(trimmed)).replace(/\s+/g, " ");
}

export function lineInfo(text: string): LineInfo {
  const trimmed = text.trim();
  const key = keyOf(trimmed);
  // "Partager :" and "Lire aussi :" announce furniture; the colon does not make them sentences.
  return { text: trimmed, key, words: wordCount(text), prose: endsLikeProse(withoutEndMarks(trimmed)) };
}

/** The first rule a line matches, or undefined for article text. */
export function matchRule(text: string): LineRule | undefined {
  // Furniture is short: a line of a thousand characters is text, whatever its words.
  if (text.length > 1000) return undefined;
  const info = lineInfo(text);
  if (!info.key) return LINE_RULES[0];
  return LINE_RULES.find((rule) => rule.test(info)) ?? bilingualRule(text, info);
}

/** Rules of a line's shape alone: a side of a line may be a number or a symbol without the line being one. */
const SHAPE_ONLY = new Set(["symbols", "counter", "time"]);

/** A bilingual site's label, its other language beside the French (« Over Kempen / À propos », « Rannañ / Partager »): the rule of either side. */
function bilingualRule(text: string, info: LineInfo): LineRule | undefined {
  const sides = text.split(/\s\/\s/u);
  if (sides.length !== 2 || info.prose || info.words > 10) return undefined;
  for (const side of sides.map(lineInfo)) {
    const rule = side.key ? LINE_RULES.find((r) => r.test(side)) : undefined;
    if (rule && !SHAPE_ONLY.has(rule.id)) return rule;
  }
  return undefined;
}

/**
 * What kind of page furniture a single line is, or null for article text.
 * @example clutterKind("0Commentaire") // "comments"
 */
export function clutterKind(line: string): ClutterKind | null {
  return matchRule(line)?.kind ?? null;
}

/**
 * Marks the clutter among the lines of a page, by index: each line by the
 * table, then the short lines that follow a block header ("Lire aussi", a
 * newsletter box, tags, a table of contents) until prose starts again.
 */
export function findClutter(lines: readonly string[]): Map<number, ClutterKind> {
  const found = new Map<number, ClutterKind>();
  let block: ClutterKind | undefined;
  lines.forEach((line, i) => {
    const rule = matchRule(line);
    if (rule) {
      found.set(i, rule.kind);
      if (rule.block === "links") block = rule.kind;
      return;
    }
    if (block && !endsLikeProse(line) && line.length <= 200) found.set(i, block);
    else block = undefined;
  });
  return found;
}
