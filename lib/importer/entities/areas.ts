import { slugify } from "../../text/text";
import { kilometres, QUARTER_REACH_KM } from "./city-districts";
import type { FoundPlace } from "./places";
import { roleFromContext, sentenceAround } from "./roles";

/*
 * Business parks, ports, districts and bays (« la baie de Koutio, à Dumbéa »): places inside a town ("la ZAC
 * des Ajoncs", "le port d'Anvers-Bruges", "le pôle technologique de Sidi
 * Abdellah"). No gazetteer lists them; they take their town's country and
 * coordinates — the town in their own name, else the nearest town of their
 * sentence, else the article's first town. « la cité de l'innovation Sèmè City » (« … et du savoir X », two nouns for one district), « la zone
 * économique de X » are areas too: a town's innovation district or economic zone. So are a business park one is
 * on (« sur le parc de Courtabœuf », not « dans le parc de Sceaux », a garden), a plain named by its town (« la Plaine
 * Saint-Denis », not « Plaine Commune », a council) and a named plant (« la centrale Émile-Huchet »; « la centrale de
 * Cordemais » names its town). So is a canal, a pond, a lake or a river the text says water is drawn from (« l'eau du
 * canal X », « prélevés dans l'étang de Y »): the site's cooling source; « près du canal de Z » is only a landmark.
 * A valley named in the text (« la vallée de l'Arve ») is a place whatever the sentence does with it (the corpus
 * README's valleys convention): placed as an area, never as a town of the river's name; « la Vallée d'Aoste », a
 * region's name, is left to the gazetteer.
 */

const AREA_NOUN = String.raw`(?:ZAC|[Zz]one (?:d['’]activit[ée]s|industrialo-portuaire|industrielle(?: et portuaire)?|franche|[ée]conomique(?: sp[ée]ciale| libre)?|portuaire|logistique|artisanale|commerciale|d['’]affaires|de)|[Zz]one(?=[ \t]+des[ \t]+\p{Lu})|[Pp]arc(?=[ \t]+des[ \t]+\p{Lu}\S*[ \t]+\p{Lu})|[Pp]arc (?:d['’]activit[ée]s|d['’]affaires|(?:technologique|scientifique)(?: et (?:technologique|scientifique|industriel))?|industriel(?: et portuaire)?|d['’]innovation|tertiaire)|(?:[Pp]épinière|[Hh]ôtel|[Vv]illage|[Jj]ardin) d['’]entreprises|[Bb]usiness [Pp]ark|[Pp][ôo]le technologique|[Tt]echnop[ôo]le|[Tt]echnopolis|[Aa][ée]ropole|[Aa][ée]roparc|parc scientifique|zoning(?: industriel)?|port(?: autonome| en eau profonde| de commerce)?|(?<=\b[Ss]ur[ \t]+le[ \t]+)parc(?=[ \t]+d)|Plaine(?=[ \t]+\p{Lu})|(?<=(?<![\p{L}])(?:eau|prélev\p{L}*|pomp\p{L}*|puis\p{L}*|capt\p{L}*)[ \t]+(?:du[ \t]+|dans[ \t]+l[ea][ \t]+|dans[ \t]+l['’]|de[ \t]+la[ \t]+|de[ \t]+l['’]))(?:canal|[ée]tang|lac|rivi[èe]re)|centrale(?=[ \t]+\p{Lu})|quartier(?: d['’]affaires)?|vallée(?=[ \t]+(?:du|de|des|d['’]))|[Bb]aie|[Pp]lage|[Cc]it[ée] (?:de l['’]innovation|du savoir|num[ée]rique|technologique)(?: et (?:de l['’]innovation|du savoir|de la technologie))?)`;
// Spaces and tabs only: an area's name never runs onto the next line (« … sur le port » / « Scaleway va … »).
const LINK = String.raw`(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|d['’]|du[ \t]+|des[ \t]+)?`;
/** The adjective a public area may carry before its town: « la zone franche internationale de Djibouti ». */
const SCOPE = String.raw`(?:[ \t]+(?:inter)?(?:national|régional|municipal|communal|départemental|métropolitain|communautaire)e?s?)?`;
const PROPER = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|sur|en)[ \t]+|(?:de[ \t]+)?l['’]|d['’])?\p{Lu}[\p{L}\p{M}'’-]*)*`;
const AREA = new RegExp(String.raw`(?<![\p{L}])(${AREA_NOUN}${SCOPE})[ \t]+(${LINK})(${PROPER})`, "gu");
/** An area named in the English order, its town first (« Ebène Cybercity », « Sophia Business Park »): one word, then the noun. */
const AREA_AFTER = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+((?:Cyber ?[Cc]ity|Business Park|IT Park|Science Park|Tech(?:nology)? Park|Technopark|Industrial Park|Free Zone))(?![\p{L}])/gu;

/** A water body the site draws its cooling water from (« l'eau du canal X », « prélevés dans l'étang de Y »). */
const WATER_NOUN = /^(?:canal|[ée]tang|lac|rivi[èe]re)$/;

/** The kind each noun gives its place, in the registry's words. */
function kindOf(noun: string): string {
  if (/^port|portuaire/i.test(noun)) return "port";
  if (/^centrale$/.test(noun)) return noun;
  if (/^Plaine$/.test(noun)) return "quartier";
  if (/^quartier/i.test(noun)) return "quartier";
  if (/^baie/i.test(noun)) return "baie";
  if (noun === "vallée") return noun;
  if (/^plage/i.test(noun)) return "plage";
  if (WATER_NOUN.test(noun)) return noun.replace(/^e/, "é").replace("riviere", "rivière");
  return "parc d'activités";
}

/** An area of the text, where it stands, and the proper name it carries. */
export type AreaMention = { name: string; proper: string; kind: string; start: number; end: number; /** "Le Havre" for "du Havre": the town as named with its article. */ town?: string };

/**
 * The areas a text names, in order, and the text with them blanked out (same
 * length), so that the town search does not read "Ajoncs" or "Anvers-Bruges" as towns.
 * @example findAreas("sur la ZAC des Ajoncs, au sud de La Roche-sur-Yon").areas[0].name // "ZAC des Ajoncs"
 */
export function findAreas(text: string): { areas: AreaMention[]; masked: string } {
  const areas: AreaMention[] = [];
  let masked = text;
  const mentions = [...text.matchAll(AREA)].map((m) => ({ m, noun: m[1], link: m[2], proper: m[3] }));
  // « au Business Park de Côte-d'Or » is read in the French order already; a capitalised article or preposition is no town.
  const inside = (at: number) => mentions.some(({ m }) => at >= m.index! && at < m.index! + m[0].length);
  for (const m of text.matchAll(AREA_AFTER)) if (!/^(?:À|A|Au|En|Le|La|Les|Du|De|Un|Une)$/u.test(m[1]) && !inside(m.index! + m[1].length + 1)) mentions.push({ m, noun: m[2], link: "", proper: m[1] });
  for (const { m, noun, link, proper: written } of mentions.sort((a, b) => a.m.index! - b.m.index!)) {
    // « atterrira sur la plage d'Utonde »: a beach where something is laid is a place; « La plage de Kribi, où … » under a photo names the town.
    if (/^plage/i.test(noun) && !/(?<![\p{L}])sur\s+la\s+$/u.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    const name = m[0].replace(/['’-]+$/, "");
    const proper = written.replace(/['’-]+$/, "");
    // "la zone industrialo-portuaire du Havre": "du" holds the town's article.
    const article = /^du\s/.test(link) ? "Le " : /^des\s/.test(link) ? "Les " : "";
    areas.push({ name, proper, kind: kindOf(noun), start: m.index!, end: m.index! + name.length, ...(article ? { town: article + proper } : {}) });
    masked = masked.slice(0, m.index!) + " ".repeat(name.length) + masked.slice(m.index! + name.length);
  }
  return { areas, masked };
}

/** How the area's town is found: by name (registry, gazetteer), as the towns found in the text give. */
export type TownLookup = (name: string) => FoundPlace | undefined;

/**
 * Each area as a place of the registry, with its town's country and point, and
 * the town itself when the area's name is the town's ("zone d'activités de
 * Petit-Landau" names Petit-Landau). Two areas of one kind in one town are one
 * place ("le port d'Anvers-Bruges", "la zone portuaire d'Anvers-Bruges").
 */
export function areaPlaces(text: string, areas: readonly AreaMention[], towns: readonly FoundPlace[], lookup: TownLookup): FoundPlace[] {
  const found: FoundPlace[] = [];
  // An area named twice (a headline, then the text) is placed by the mention whose sentence names its town.
  const located = areas.map((area) => {
    // A town of the area's name counts in the article's countries only: "le parc technologique de Soye" near Lorient is not in Belgium.
    // « le canal de Bourbourg » is no town of Bourbourg: a water body only takes its country and point from the town.
    const named = WATER_NOUN.test(area.kind) || area.kind === "vallée" ? undefined : ((area.town ? lookup(area.town) : undefined) ?? lookup(area.proper));
    const around = sentenceAround(text, area.start, area.end);
    const inSentence = towns.filter((t) => around.sentence.includes(t.written) && !area.name.includes(t.written));
    const following = inSentence.find((t) => around.after.includes(t.written));
    // « le quartier de Saint-Henri » in a story set in Marseille: a quarter of one of its towns, not a town of its name far from them all.
    const elsewhere = (place: FoundPlace) => area.kind === "quartier" && towns.length > 0 && towns.every((t) => kilometres(place, t) > QUARTER_REACH_KM);
    const exact = named && (!towns.length || towns.some((t) => t.country === named.country)) && !elsewhere(named) ? named : undefined;
    // "Anvers-Bruges", "Lorient-Keroman": the town is the first part; "Alonzo-Wright" names a person, no town.
    // « Enova Labège-Toulouse »: a park's brand, then its towns: the first part that is a town.
    const [head, ...rest] = area.proper.split(/\s+/);
    const parts = [head.split("-")[0], ...rest.filter((w) => w.includes("-")).flatMap((w) => w.split("-"))].filter((w) => w.length > 3 && w !== area.proper);
    const own = exact ?? following ?? parts.map((w) => lookup(w)).find((t) => t && !elsewhere(t));
    return { area, around, exact, own, town: own ?? inSentence[0] };
  });
  for (const { area, around, exact, own } of located) {
    const best = located.find((l) => l.area.name === area.name && l.town);
    // Else the article's first town, or the town another area is named after (« Ebène » of « Ebène Cybercity »).
    const town = own ?? best?.town ?? towns[0] ?? located.find((l) => l.exact)?.exact;
    const { before, after, sentence } = around;
    if (!town || (/^Plaine\s/u.test(area.name) && !exact)) continue;
    const role = roleFromContext(before, after);
    // Named again (a standfirst, then the text): one place, with the part its strongest mention gives it.
    // Two names that are no town of their own (« Ebène Cybercity », « Business Park de Côte-d'Or ») are two areas of one town.
    const again = found.filter((f) => f.kind === area.kind && f.lat === town.lat && f.lon === town.lon && f.name.includes(area.proper));
    if (again.length) {
      for (const f of again) if (f.role === "mentioned" && role !== "mentioned") Object.assign(f, { role, sentence });
      continue;
    }
    const isTown = exact !== undefined;
    found.push({
      slug: slugify(area.name),
      name: area.name,
      country: town.country,
      kind: area.kind,
      lat: town.lat,
      lon: town.lon,
      // « la zone portuaire du Légué » is also « Le Légué », its proper name with the article « du » holds.
      aliases: isTown || WATER_NOUN.test(area.kind) ? [] : [area.proper, ...(area.town && area.kind !== "vallée" ? [area.town] : [])],
      review: true,
      written: area.name,
      role,
      sentence,
      isNew: true,
    });
    if (exact) found.push({ ...exact, role, sentence });
  }
  return found;
}
