import { eventYears } from "./announcement-clues";
import type { Draft } from "./announcement-drafts";
import { announcementAmounts, announcementCapacities } from "./announcement-figures";
import type { Mention } from "./announcement-mentions";

/*
 * A later stage of a facility announced a few sentences before, stated with no
 * firm as subject (fixtures README: one announcement per facility and per stage
 * stated): « Le chantier a commencé en février » (now under construction),
 * « une deuxième phase de 18 mégawatts pourrait suivre d'ici 2029 » (a further
 * stage, announced). The stage takes the facility's firm, kind and place.
 */

/** « Le chantier a commencé », « les travaux ont débuté »: the works of the facility just announced are under way. */
const WORKS_STARTED = /^\s*(?:le chantier|les travaux|la construction)(?:\s+[^\s,.;]+){0,3}\s+(?:a|ont)\s+(?:(?:déjà|bien|officiellement)\s+)?(?:commencé|débuté|démarré)(?![\p{L}])/iu;
/** « une deuxième phase de 18 MW pourrait suivre », « une seconde tranche devrait s'y ajouter »: a further stage, still to come. */
const NEXT_STAGE = /(?<![\p{L}])(?:une|la)\s+(?:deuxième|seconde|troisième|nouvelle)\s+(?:phase|tranche)(?:\s+[^,;.]{1,40}?)?\s+(?:pourrait|devrait|doit|va|pourra|devra)\s+(?:suivre|s'y ajouter|s'ajouter|voir le jour)(?![\p{L}])/iu;

const FACILITIES = new Set(["datacenter", "cloud-region", "cable"]);

/**
 * The stage a sentence states of a facility drafted before (`drafts`, in reading
 * order), or none. Works started need the facility within `reach` sentences and
 * still only announced; a further stage is of the facility of a firm the sentence
 * names (« Selon le président de Nordik Calcul, … »), else of the one just before.
 */
export function stageOf(text: string, i: number, drafts: readonly Draft[], mentions: readonly Mention[], reach: number): Draft | undefined {
  const plain = text.replace(/’/g, "'");
  const started = WORKS_STARTED.test(plain);
  const next = !started && NEXT_STAGE.test(plain);
  if (!started && !next) return undefined;
  const named = new Set(mentions.filter((m) => m.kind === "company").map((m) => m.slug));
  const facility = [...drafts].reverse().find((d) => FACILITIES.has(d.kind) && (named.size ? d.by.some((b) => named.has(b)) : i - d.last <= reach));
  if (!facility || (started && (facility.status !== "announced" || i - facility.last > reach))) return undefined;
  const year = eventYears(plain)[0]?.year;
  const mw = next ? announcementCapacities(plain)[0]?.mw : undefined;
  const amount = next ? announcementAmounts(plain)[0] : undefined;
  return {
    by: facility.by,
    kind: facility.kind,
    status: started ? "under-construction" : "announced",
    ...(facility.place ? { place: facility.place } : {}),
    ...(facility.country ? { country: facility.country } : {}),
    ...(mw !== undefined ? { mw } : {}),
    ...(amount ? { amount } : {}),
    ...(year ? { year } : {}),
    first: i,
    last: i,
    why: [started ? "étape : travaux commencés de l'installation annoncée avant (« le chantier a commencé »)" : "étape suivante annoncée de l'installation nommée avant (« une deuxième phase … pourrait suivre »)", "entreprise, genre et lieu : ceux de cette installation"],
  };
}
