import type { LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for what a campaign prints around its
 * text: a union's tract, an association's alert or petition, a paper's appeal
 * for donations, a post a campaign embeds. Their buttons and legal mentions
 * are no part of what the page says.
 */

export const CAMPAIGN_RULES: LineRule[] = [
  // A membership prompt and its fee (« Adhérez : cotisation annuelle 10 € par foyer »).
  { id: "membership-fee", kind: "call-to-action", furniture: "Adhérez : cotisation annuelle 10 € par foyer", text: "Adhérez à l'association, a lancé la présidente aux riverains présents.", test: (l) => l.words <= 15 && /^(adherez|adherer|devenez (membre|adherent|adherente)|rejoignez-nous)\b.{0,40}\b(cotisation|\d+ ?(€|euros|\$))/.test(l.key) },
  // A letter's unsubscribe line (« Pour ne plus recevoir cette lettre, répondez « STOP ». »).
  { id: "unsubscribe", kind: "newsletter", furniture: "Pour ne plus recevoir cette lettre, répondez « STOP ».", text: "Pour ne plus recevoir de factures papier, il suffit d'écrire au service client.", test: (l) => l.words <= 25 && /^(pour|si vous (ne )?souhaitez) (ne plus recevoir|vous desabonner|vous desinscrire|ne plus etre destinataire)( de)? (cette|notre|nos|la|les|ce) (lettre|newsletter|infolettre|courriels?|e-?mails?|messages?|bulletin)\b/.test(l.key) },
  // A paper's membership of its press council (« X est membre du Conseil de presse du Nouveau-Brunswick. »): its ethics notice.
  { id: "press-council", kind: "notice", furniture: "Le Courrier de l'Est est membre du Conseil de presse du Québec.", text: "Le maire est membre du conseil d'administration du port depuis 2019.", test: (l) => l.words <= 25 && /\b(est|sont) (membres?|adherente?s?) (du|au|de l') ?(conseil de (presse|deontologie journalistique)|ordre des journalistes)\b/.test(l.key) },
  // An event page's length (« Durée : 1 h », « Durée : 45 min »).
  { id: "event-length", kind: "metadata", furniture: "Durée : 1 h 30", text: "Durée : les travaux prendront deux ans, selon l'exploitant.", test: (l) => l.words <= 6 && /^duree ?: ?(\d+ ?(h|heures?|min|minutes?)( ?\d+( ?min)?)?|environ \d+ ?(h|heures?|min|minutes?))$/.test(l.key) },
  // A petition's button in the first person (« Je signe la pétition »); the imperative ones are calls to action already.
  { id: "petition-button", kind: "call-to-action", furniture: "Je signe la pétition", text: "Je signe la pétition parce que l'eau manque, explique une habitante.", test: (l) => l.words <= 6 && /^(je signe|j'ai signe|signer|je soutiens|je participe)( (la|cette|notre))? (petition|appel|tribune)\s*!?$/.test(l.key) },
  // An association's legal status as its footer says it: « X est une association loi 1901, indépendante de tout parti. »
  { id: "association-status", kind: "boilerplate", furniture: "Eau Vive Provence est une association loi 1901, indépendante de tout parti.", text: "Eau Vive Provence est une association loi 1901 qui a déposé un recours contre le permis.", test: (l) => l.words <= 30 && /\best une association (de )?(loi )?(de )?1901( (a but non lucratif|reconnue d'utilite publique|agreee[^,.]*))?(,? (independante|apolitique|non partisane|reconnue|agreee|a but non lucratif)[^.]*)?\.?$/.test(l.key) },
  // A tract's printer line: « Imprimé par nos soins – Ne pas jeter sur la voie publique ».
  { id: "printed-by", kind: "footer", furniture: "Imprimé par nos soins – Ne pas jeter sur la voie publique", text: "Imprimé par nos soins, le rapport a été remis au préfet en mains propres.", test: (l) => l.words <= 16 && (/^(imprime par nos soins|ne pas jeter sur la voie publique|ipns)\b[\s–—-]*(ne pas jeter sur la voie publique)?\.?$/.test(l.key)) },
  // A firm's blog recruits between its paragraphs (« Nous recrutons ! », then the job, then « Voir le poste »): its block's short lines go with it.
  { id: "hiring", kind: "call-to-action", block: "links", furniture: "Nous recrutons !", text: "Nous recrutons 40 techniciens à Lyon d'ici la fin de l'année, a indiqué le dirigeant.", test: (l) => l.words <= 4 && /^(nous recrutons|on recrute|rejoignez-nous|offres d'emploi)\s*!?$/.test(l.key) },
  // Its pitch: « Rejoignez une équipe de 60 personnes à Montréal … ».
  { id: "join-team", kind: "call-to-action", furniture: "Rejoignez une équipe de 60 personnes à Montréal, Saint-Hyacinthe et bientôt Lyon.", text: "Rejoindre une équipe de 60 personnes à Montréal a convaincu l'ingénieure.", test: (l) => l.words <= 25 && /^rejoignez (une|notre|nos) equipes?\b/.test(l.key) },
  // A white paper's download prompt and its button (« Téléchargez le livre blanc « … » », « Je télécharge »).
  { id: "download-offer", kind: "call-to-action", furniture: "Téléchargez le livre blanc « Le data center modulaire en 10 questions »", text: "Téléchargez le livre blanc, conseille la mairie, qui l'a publié lundi.", test: (l) => l.words <= 16 && !/\.$/.test(l.text) && (/^je telecharge( (le|la|mon|ma) (livre blanc|guide|etude|e-?book))?\s*!?$/.test(l.key) || /^telechargez (gratuitement )?(le|la|notre|nos|votre) (livre blanc|guide|etude|e-?book|infographie)\b/.test(l.key)) },
  // Sponsored content's notice: « Cet article a été rédigé par le Studio X pour Y. La rédaction de X n'a pas participé à sa réalisation. »
  { id: "sponsored-notice", kind: "notice", furniture: "Cet article a été rédigé par le Studio Tech & Décision pour Schneider Electric. La rédaction de Tech & Décision n'a pas participé à sa réalisation.", text: "Cet article a été rédigé par notre correspondant à Lyon, qui a participé à la réunion.", test: (l) => l.words <= 45 && /^(cet article|ce contenu|ce texte) a ete (redige|realise|produit|concu)\b/.test(l.key) && /(n'a pas participe|n'est pas intervenue|sponsoris|en partenariat avec|pour le compte de)/.test(l.key) },
  // A news site's own campaign, for subscriptions: « Les abonnés ont accès à tous nos contenus. Découvrez nos offres. », « Offre spéciale : 1 € le premier mois ».
  { id: "subscribers-pitch", kind: "paywall", furniture: "Les abonnés ont accès à tous nos contenus. Découvrez nos offres.", text: "Les abonnés de l'opérateur ont accès à la fibre depuis mars, selon la mairie.", test: (l) => l.words <= 25 && /^(les |nos )?abonnes (ont acces|beneficient|profitent)\b/.test(l.key) && /\bnos (contenus|articles|offres|formules)\b/.test(l.key) },
  { id: "special-offer", kind: "paywall", furniture: "Offre spéciale : 1 € le premier mois", text: "Offre spéciale : l'opérateur facture 1 € le premier mois à ses nouveaux clients, a relevé l'UFC.", test: (l) => l.words <= 15 && !/\.$/.test(l.text) && /^(offre (speciale|decouverte|de lancement|d'essai|exclusive|limitee)|essai gratuit|abonnement)\s*:?.{0,50}(\d+ ?(€|euros?)|gratuit)/.test(l.key) },
  // A sign-up form's field under a wall (« Adresse e-mail professionnelle »): its label, alone on its line.
  // A paper asks its readers for donations (« X est un média indépendant. Pour soutenir notre travail, faites un don. »), and its button (« Je donne »).
  { id: "donation-appeal", kind: "call-to-action", furniture: "Le Berry Libre est un média indépendant. Pour soutenir notre travail, faites un don.", text: "« Faites un don », demandaient les pancartes des bénévoles devant la mairie.", test: (l) => l.words <= 30 && /\b(faites un don|soutenez-nous|soutenez (notre|le) (journal|media|travail|redaction|journalisme))\b/.test(l.key) && /\b(notre|nos|nous)\b|-nous\b/.test(l.key) },
  { id: "donation-button", kind: "call-to-action", furniture: "Je donne", text: "Je donne ce que je peux, explique une bénévole.", test: (l) => l.words <= 4 && /^(je donne|je fais un don|faire un don)\s*!?$/.test(l.key) },
  // A post embedded on one line, its words quoted, then « — Name (@handle) date ».
  { id: "post-inline", kind: "social-post", furniture: "« Le juge nous donne raison. La mobilisation continue. » — Collectif Eau Vive (@EauVive) 22 mai 2025", text: "« Le juge nous donne raison », a écrit le collectif (@EauVive) sur le réseau X le 22 mai 2025.", test: (l) => l.words <= 80 && /^[«“"].{10,400}[»”"]\s*[—–-]\s*[^()«»]{1,60}\(@\w{1,30}\)\s+.{0,40}\d{4}$/u.test(l.text) },
  { id: "email-field", kind: "widget", furniture: "Adresse e-mail professionnelle", text: "Adresse e-mail professionnelle : le piratage visait les comptes des cadres.", test: (l) => l.words <= 4 && /^(votre )?(adresse )?(e-?mail|courriel|mail)( professionnel(le)?| pro)?\s*\*?$/.test(l.key) },
];
