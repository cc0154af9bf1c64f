import type { EntityRegistry } from "../../model/entity-registry";
import { captionInformation } from "./captions";
import type { Role } from "./line-roles";
import { quoteLine } from "./quote-line";

/**
 * The page's captions for the front matter, each once, with its credit: the
 * page's own are kept; a foreign one only when it says when, where or who.
 * `texts` are the captions as written (without credit), for entity recognition.
 */
export function pageCaptions(roles: readonly Role[], registry: EntityRegistry): { captions: string[]; texts: string[]; warnings: string[] } {
  const captions: string[] = [];
  const texts: string[] = [];
  const warnings: string[] = [];
  const quote = (text: string) => quoteLine(text, 90);
  for (const role of roles) {
    if (role.kind !== "caption" || texts.includes(role.caption)) continue;
    const credit = role.credit ? (role.credit.startsWith("(") ? ` ${role.credit}` : ` (${role.credit})`) : "";
    const reasons = captionInformation(role.caption, registry);
    if (role.foreign && !reasons.length) {
      warnings.push(`légende retirée (en langue étrangère), sans date, lieu ni personne : ${quote(role.caption)}`);
      continue;
    }
    captions.push(`${role.caption}${credit}`);
    texts.push(role.caption);
    warnings.push(`légende mise dans captions${role.foreign ? " (en langue étrangère)" : ""}${reasons.length ? `, elle donne ${reasons.join(", ")}` : ""} : ${quote(role.caption)}`);
  }
  return { captions, texts, warnings };
}
