import type { LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for what a campaign prints around its
 * text: a union's tract, an association's alert or petition. Their buttons and
 * legal mentions are no part of what the page says.
 */

export const CAMPAIGN_RULES: LineRule[] = [
  // A petition's button in the first person (« Je signe la pétition »); the imperative ones are calls to action already.
  { id: "petition-button", kind: "call-to-action", furniture: "Je signe la pétition", text: "Je signe la pétition parce que l'eau manque, explique une habitante.", test: (l) => l.words <= 6 && /^(je signe|j'ai signe|signer|je soutiens|je participe)( (la|cette|notre))? (petition|appel|tribune)\s*!?$/.test(l.key) },
  // An association's legal status as its footer says it: « X est une association loi 1901, indépendante de tout parti. »
  { id: "association-status", kind: "boilerplate", furniture: "Eau Vive Provence est une association loi 1901, indépendante de tout parti.", text: "Eau Vive Provence est une association loi 1901 qui a déposé un recours contre le permis.", test: (l) => l.words <= 30 && /\best une association (de )?(loi )?(de )?1901( (a but non lucratif|reconnue d'utilite publique|agreee[^,.]*))?(,? (independante|apolitique|non partisane|reconnue|agreee|a but non lucratif)[^.]*)?\.?$/.test(l.key) },
  // A tract's printer line: « Imprimé par nos soins – Ne pas jeter sur la voie publique ».
  { id: "printed-by", kind: "footer", furniture: "Imprimé par nos soins – Ne pas jeter sur la voie publique", text: "Imprimé par nos soins, le rapport a été remis au préfet en mains propres.", test: (l) => l.words <= 16 && (/^(imprime par nos soins|ne pas jeter sur la voie publique|ipns)\b[\s–—-]*(ne pas jeter sur la voie publique)?\.?$/.test(l.key)) },
];
