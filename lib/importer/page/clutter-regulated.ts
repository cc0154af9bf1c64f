import type { LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for what a regulated fund or its
 * manager must print on every document: the regulator's risk warning, the
 * manager's licence. The law's words, the same on every page, no part of what
 * this page says. (A bulletin's period line stays: it stands as the standfirst,
 * and without it the fund manager's word under the key figures is lost.)
 */

export const REGULATED_RULES: LineRule[] = [
  // The regulator's risk warning: past performance, the risk of losing capital.
  { id: "risk-warning", kind: "notice", furniture: "Les performances passées ne préjugent pas des performances futures. Tout investissement comporte un risque de perte en capital.", text: "Les performances passées de la SCPI, 6,1 % en 2024, ont attiré 900 nouveaux associés.", test: (l) => l.words <= 60 && /^(les )?performances passees ne (prejugent|presagent) pas des (performances|resultats) futur/.test(l.key) },
  // A manager's licence, after its name: « X – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-19000012 ».
  { id: "manager-licence", kind: "boilerplate", furniture: "Pierre Verte Gestion – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-21000004", text: "La société de gestion, agréée par l'AMF en 2021, gère 1,2 milliard d'euros d'actifs.", test: (l) => l.words <= 30 && /^(?:[^–—|]{2,60}\s[–—|-]\s)?societe de gestion( de portefeuille)? agreee par l'(amf|autorite des marches financiers)( sous le n[°o] ?[\w-]+)?\.?$/.test(l.key) },
  // A release's distribution notice, in one language or two (« POUR DIFFUSION IMMÉDIATE / FOR IMMEDIATE RELEASE »): how to use it, not what it says.
  { id: "release-notice", kind: "notice", furniture: "POUR DIFFUSION IMMÉDIATE / FOR IMMEDIATE RELEASE", text: "Pour diffusion immédiate, la mairie a mis en ligne le compte rendu de la séance.", test: (l) => l.words <= 12 && /^((pour|a) (diffusion|publication) immediate|for immediate release|sous embargo|embargo)( jusqu'au? [^.]{2,40})?( ?[/|–—-] ?(pour (diffusion|publication) immediate|for immediate release))?$/.test(l.key) },
  // A firm's or a market column's disclaimer: what the page is not (« … ne constitue pas une consultation juridique », « … pas un conseil en investissement »).
  { id: "not-advice", kind: "notice", furniture: "Cette publication a un caractère général et ne constitue pas une consultation juridique.", text: "La cour a jugé que cette publication ne constitue pas une consultation juridique déguisée, contrairement à ce que soutenait l'Ordre.", test: (l) => l.words <= 40 && /^(?:cette publication|ces informations|cet article|ce contenu|ce document|le present (?:article|document)|les informations (?:publiees|contenues|presentees)[^.]{0,40})(?: a un caractere general et)? ne (?:constitue|constituent) (?:pas|en aucun cas) (?:un|une|des) (?:conseils?|consultations?|recommandations?|avis|sollicitations?)\b/.test(l.key) },
  // A research note's or a release feed's disclaimer: what the page is not, or who answers for it (« Avertissement : ce document est fourni à titre d'information… », « Ce contenu est publié sous la seule responsabilité de son émetteur. »).
  { id: "information-disclaimer", kind: "notice", furniture: "Avertissement : ce document est fourni à titre d'information uniquement et ne constitue pas une offre d'achat.", text: "Avertissement : ce document de la préfecture, daté de mars, prévoit trois sites de 20 MW.", test: (l) => l.words <= 80 && (/^(?:avertissement|disclaimer|mise en garde) ?: ?(?:ce|cette|le present|les informations)[^.]{0,60} (?:fourni|donne|publie|diffuse)e?s? a titre (?:d'information|informatif|indicatif)/.test(l.key) || /^(?:ce contenu|ce communique|cet article|ce texte) est publie sous la (?:seule )?responsabilite de son (?:emetteur|auteur|signataire)/.test(l.key)) },
  // A research note's conflicts of interest, declared none: the regulator's form, no part of the note.
  { id: "no-conflict", kind: "notice", furniture: "Conflits d'intérêts : néant.", text: "Conflits d'intérêts : le maire a dû quitter la séance avant le vote.", test: (l) => l.words <= 6 && /^conflits? d'interets? ?: ?(?:neant|aucun|none)\.?$/.test(l.key) },
  // A funder's notice under a local paper's article (« Cet article a été produit dans le cadre de l'Initiative de journalisme local »): how it was paid for.
  // A site paid on what its readers buy says so: « Cet article contient des liens d'affiliation. »
  { id: "affiliate-notice", kind: "notice", furniture: "Cet article contient des liens d'affiliation.", text: "Cet article contient des liens vers le rapport complet de la Cour des comptes.", test: (l) => l.words <= 25 && /^(cet article|cette page|ce contenu|ce texte|ce guide|ce comparatif) (contient|comporte|peut contenir|inclut) (des|certains) liens (d'affiliation|affilies|sponsorises|commerciaux|partenaires)\b/.test(l.key) },
  { id: "funding-notice", kind: "notice", furniture: "Cet article a été produit dans le cadre de l'Initiative de journalisme local.", text: "Le centre de données a été produit dans le cadre de l'appel à projets régional, selon la préfecture.", test: (l) => l.words <= 40 && /^(?:cet article|ce reportage|cette enquete|ce contenu) a ete (?:produit|realisee?|redigee?|financee?|publiee?) (?:dans le cadre d|grace au soutien d|avec le soutien d|grace a)/.test(l.key) },
  // A market column's price line: names and their day's change, two or more, nothing else (« Cours : Legrand +2,3 % – Atos -4,5 % »).
  { id: "price-line", kind: "widget", furniture: "Cours : Legrand +2,3 % – Schneider +1,1 % – Atos -4,5 %", text: "Legrand a gagné +2,3 % – Schneider +1,1 % – sur une séance portée par les valeurs de l'électricité.", test: (l) => l.words <= 40 && PRICE_LINE.test(l.text) },
];

/** A name and its change in percent, « Legrand +2,3 % », repeated with separators, after an optional label. */
const QUOTE = String.raw`\p{Lu}[\p{L}\d&'’. -]{0,30}?\s[+\-−]\s?\d+(?:[,.]\d+)?\s?%`;
const PRICE_LINE = new RegExp(String.raw`^(?:\p{L}[\p{L} ]{0,20}\s?:\s)?${QUOTE}(?:\s?[–—|·,;/]\s?${QUOTE})+$`, "u");
