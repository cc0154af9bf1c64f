import type { Mention } from "./announcement-mentions";

/*
 * « Dans l'Ouest, le projet de la société Kaz Data à Saint-Leu fait débat. L'entreprise veut construire… »: the firm is no
 * subject (its name is a complement), yet its project is what the sentence is about, so « l'entreprise » after it is that firm,
 * not the last firm that was a subject further up (706 of held-out-34 credited the centre to the operator of the paragraph before).
 */

/** « (Dans l'Ouest,) le projet de la société », « ce dossier du groupe », « le chantier d' » right before the firm's name. */
const PROJECT_OF = /^\s*(?:[^,;.]{0,40},\s*)?(?:le|ce|son)\s+(?:projet|dossier|chantier)\s+(?:de\s+la\s+(?:société|start-up)\s+|de\s+l['’]entreprise\s+|du\s+groupe\s+|de\s+|d['’])$/iu;

/** The one firm a sentence names, when the sentence opens on its project; undefined otherwise. */
export function projectOwner(text: string, companies: readonly Mention[]): string | undefined {
  const firms = [...new Set(companies.map((c) => c.slug))];
  if (firms.length !== 1) return undefined;
  return PROJECT_OF.test(text.slice(0, companies[0].start).replace(/’/g, "'")) ? firms[0] : undefined;
}
