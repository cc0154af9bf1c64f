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

/**
 * « Deux phases supplémentaires porteront sa capacité à 32 MW d'ici 2028 », « une deuxième tranche portera la puissance
 * à 60 MW »: further stages raising the capacity of the facility just named, still to come (not « la première phase »).
 */
const RAISED_STAGE = /(?<![\p{L}])(?:(?:une|la|les|des|deux|trois|quatre)\s+)?(?:(?:deuxième|seconde|troisième|nouvelles?|autres?)\s+(?:phases?|tranches?)|(?:phases?|tranches?)\s+(?:supplémentaires?|suivantes?))(?:\s+[^,;.]{1,40}?)?\s+(?:portera|porteront|porterait|porteraient|doi(?:t|vent)\s+porter|devrai(?:t|ent)\s+porter)\s+(?:sa|la|leur)\s+(?:capacité|puissance)(?![\p{L}])/iu;

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
  const next = !started && (NEXT_STAGE.test(plain) || RAISED_STAGE.test(plain));
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

/** « une mise en service du centre au premier semestre 2026 »: the date of a facility already named (definite), not a new facility. */
const DATE_OF_THE = /(?<![\p{L}])(?:une|la|sa|leur)\s+(?:mise en service|ouverture|livraison|entrée en service)\s+(?:du|de la|de l')\s*(?:centre|site|campus|bâtiment|datacenter|data center|installation)(?![\p{L}])/iu;

/**
 * When a reading is only the due date of a facility drafted before (no place of
 * its own, « du centre »), the index of that draft, which takes the year if it
 * had none; otherwise undefined. `by` is the reading's firm, or for « il » the
 * firm carried over.
 */
export function dateOfFacility(r: Pick<Draft, "by" | "kind" | "status" | "place" | "country">, text: string, drafts: Draft[], by: readonly string[] = r.by): number | undefined {
  if (r.place || r.country || r.status !== "announced" || !FACILITIES.has(r.kind) || !by.length || !DATE_OF_THE.test(text.replace(/’/g, "'"))) return undefined;
  const index = drafts.findLastIndex((d) => FACILITIES.has(d.kind) && d.by.some((b) => by.includes(b)));
  if (index < 0) return undefined;
  const year = eventYears(text.replace(/’/g, "'"))[0]?.year;
  if (year && drafts[index].year === undefined) (drafts[index].year = year), drafts[index].why.push("année tirée d'une phrase qui date la même installation (« une mise en service du centre »)");
  return index;
}

/**
 * « X a annoncé la construction d'un centre … à Strasbourg. Le chantier a commencé en février. »: works started told in the
 * very next sentence of the same paragraph are where that facility stands, not a second stage (the fixtures README: a
 * sentence that only adds to the previous one adds to that announcement). The index of the facility whose status the stage
 * advances, or undefined: with a sentence between (« Le maire a salué le projet. »), the stage stays one of its own.
 */
export function advancedFacility(stage: Draft, drafts: readonly Draft[], i: number, sameParagraph: boolean): number | undefined {
  if (!sameParagraph || stage.status !== "under-construction") return undefined;
  const index = drafts.findLastIndex((d) => d.last === i - 1 && d.kind === stage.kind && d.status === "announced" && d.place === stage.place && d.by.join() === stage.by.join());
  return index < 0 ? undefined : index;
}
