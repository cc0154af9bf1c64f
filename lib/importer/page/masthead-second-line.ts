import { isBylineName, wordCount } from "./line-shapes";

/*
 * A masthead of two lines where the second says who publishes: a lab under
 * its university's name, an elected official's office under her name.
 */

const INSTITUTION = /^(?:Universit[éy]|CNRS|Inria|Inserm|CEA|INRAE)(?![\p{L}])/u;
const UNIT = /^(?:Laboratoire|Institut|Unité|Équipe|Centre de recherche|Observatoire)\s+\p{L}[^.!?;:]{2,80}$/u;
/** An elected office (« Sénatrice de l'Isère », « Député de la 3e circonscription du Rhône », « Maire de Colmar »). */
const OFFICE = /^(?:Sénat(?:eur|rice)|Député(?:e)?|Maire|Conseill(?:er|ère) (?:régional|départemental|municipal)e?|Président(?:e)? du conseil (?:régional|départemental))\s+(?:de la|de l['’]|du|des|de|d['’])\s*[^.!?;:]{2,60}$/u;

/**
 * The publisher a masthead's second line names, given its first: the lab, or
 * the official with her office (« Claire Rivoire, sénatrice de l'Isère »), as
 * her letters present her.
 */
export function secondLinePublisher(first: string, line: string): string | undefined {
  const text = line.trim();
  if (wordCount(text) > 12) return undefined;
  if (INSTITUTION.test(first) && UNIT.test(text)) return text;
  if (isBylineName(first) && OFFICE.test(text)) return `${first}, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  return undefined;
}
