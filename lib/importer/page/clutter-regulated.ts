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
];
