import { mostCited } from "../entities/most-cited";
import type { EntityMap } from "./entity-maps";
import { mapRoleLabels } from "./role-labels";
import { counted } from "../text/plural";

/**
 * A list for a map's text alternative: the first names with their roles, the
 * rest counted. A screen reader reads a label whole, with no way to skim
 * it, and the complete list is the text beside the map.
 */
function named<T>(items: readonly T[], text: (item: T) => string): string {
  const { shown, others } = mostCited(items);
  const rest = others ? ` et ${counted(others, "autre", undefined, "\u00a0")} (liste ci-contre)` : "";
  return shown.map(text).join(", ") + rest;
}

/**
 * "pays : Chine (siège), Afrique du Sud (site) ; villes et lieux : Johannesburg (site)":
 * the facts of a map in one line, strongest roles first, as its `aria-label` says them.
 */
export function mapSummary(map: EntityMap): string {
  const countries = named(map.countries, (c) => `${c.country.name} (${mapRoleLabels[c.role]})`);
  const places = named(map.places, (p) => `${p.place.name} (${mapRoleLabels[p.role]})`);
  return [countries && `pays${"\u00a0"}: ${countries}`, places && `villes et lieux${"\u00a0"}: ${places}`].filter(Boolean).join("\u202f; ");
}
