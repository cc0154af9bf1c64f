import { sentenceAround } from "./roles";

/*
 * Names the text treats as firms though the registry does not know them. A name
 * is a run of capitalised words kept whole with its dots, plus signs, hyphens,
 * digits and final words ("Amstein + Walthert", "N+ONE", "Vantage Data Centers");
 * a slash splits two names. The cues, each a way French news introduces a firm:
 */
const WORD = String.raw`(?:\p{Lu}|\d)[\p{L}\p{N}&'’+-]*(?:\.[\p{L}\p{N}]+)*`;
const NAME = String.raw`(?=[^\s]*\p{L})${WORD}(?:/${WORD})*(?:[ \t](?:\+[ \t])?${WORD}(?:/${WORD})*)*`;
const LEGAL = String.raw`(?:SAS|SASU|SA|SARL|SE|GmbH|AG|Ltd|Inc\.?|LLC|plc|NV|BV|SpA|S\.A\.)`;
const TRADE = String.raw`(?:fabricant|fondeur|opérateur|hébergeur|fonds|start-up|startup|jeune pousse|société|entreprise|équipementier|énergéticien|spécialiste|cabinet|banque|coentreprise|fournisseur|acquéreur|constructeur|éditeur|bureau d['’]ingénierie|coopérative agricole|intégrateur|exploitant|groupe|filiale|cliente?)`;

const CUES: { why: string; pattern: RegExp }[] = [
  // "le fabricant américain de puces Nvidia", "la start-up toulousaine Orbicloud", "la société Photoroom"
  { why: "après un nom de métier", pattern: new RegExp(String.raw`\b${TRADE}(?:\s+(?!(?:par|fond[ée]e?s?|a|est|qui|à|avec|pour|sur|dans|en|et|ou|chez)(?![\p{L}]))(?:[\p{Ll}'’-]+|d['’]))*?\s+(?:d['’])?(${NAME})`, "gu") },
  // "Datalantic SAS", "Northgrid GmbH": the legal form is part of the name as written.
  { why: "devant une forme juridique", pattern: new RegExp(String.raw`(${NAME}\s${LEGAL})(?![\p{L}])`, "gu") },
  // "X, filiale de Y", "X, détenu par le fonds Y", "X, la filiale cloud du groupe Y"
  { why: "« filiale de »", pattern: new RegExp(String.raw`(${NAME}),\s+(?:une |la |l['’])?filiale`, "gu") },
  { why: "« filiale de »", pattern: new RegExp(String.raw`filiale(?:\s+[\p{Ll}-]+)*\s+(?:de|d['’]|du groupe)\s*(${NAME})`, "gu") },
  // Subject of a deal: "X a signé", "X lève", "X rachète"…
  {
    why: "sujet d'une annonce",
    pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME})(?:\s+et\s+(${NAME}))?(?:,[^,]{1,60},)?\s+(?:s['’]associent|s['’]allient|signent|ont signé|a signé|a annoncé|a lancé|a ouvert|a inauguré|a obtenu|a finalisé|a trouvé|a présenté|a mis en service|a passé|a déposé|a choisi|lève|rachète|cède|ouvre|investit|inaugure|lance|va investir|va construire|construit|exploite|fournira|construira|exploitera|ouvrira|investira|hébergera|alimentera|rachètera|financera)\b`, "gu"),
  },
  // The agent of a deal: "géré par Électricité de Strasbourg", "construit par le groupe Bouygues".
  { why: "agent d'un verbe au passif", pattern: new RegExp(String.raw`\b(?:gér[ée]e?s?|exploit[ée]e?s?|détenue?s?|fournie?s?|construite?s?|opér[ée]e?s?|rachet[ée]e?s?|financ[ée]e?s?|équipée?s?|alimentée?s?)\s+par\s+(?:le groupe\s+|la société\s+|l['’]opérateur\s+)?(${NAME}(?:\s(?:de|du|des)\s${NAME})?)`, "gu") },
  // "des start-up comme H Company ou la société Photoroom", "chez Green Datacenter"
  { why: "« comme », « chez »", pattern: new RegExp(String.raw`\b(?:comme|chez|dont)\s+(${NAME})(?:\s+ou\s+(?:la société\s+)?(${NAME}))?`, "gu") },
  { why: "« baptisée »", pattern: new RegExp(String.raw`société\s+baptisée\s+(${NAME})`, "gu") },
];

/** Never firms: public bodies, unions, events and the words that open such names. */
const NOT_FIRMS = /^(?:Agence|Autorité|Banque mondiale|Société financière internationale|Commission|Conseil|Cour|Confédération|Union|État|Etat|Gouvernement|Ministère|Mairie|Préfecture|Région|Département|Services industriels|Métropole|IG Metall|Syndicat|Premier|Président|Sommet|Salon|Choose France|Forum|Assemblée|Sénat|Parlement|Tier|Fiche|Cloud|Le|La|Les|Un|Une|Ce|Cette|Il|Elle|Nous|Selon|Pour)(?:\s|$)|^L['’]|Agglomération|Universit|^(?:Banque|Société|Groupe|Fonds|Entreprise|Cabinet|Opérateur|Filiale)$/;

export type ProposedName = { name: string; sentence: string; why: string };

/**
 * Capitalised names the text presents as firms, each with the sentence that
 * shows it; `isKnown` filters out registry entities, places, people and the
 * publisher, which are never proposed.
 */
export function proposeCompanies(text: string, isKnown: (name: string) => boolean): ProposedName[] {
  const found: ProposedName[] = [];
  // A line in capitals is a heading or a banner, not a list of names.
  const lines = text.split("\n").map((l) => (l.length > 12 && l === l.toUpperCase() ? " ".repeat(l.length) : l));
  const source = lines.join("\n");
  for (const { why, pattern } of CUES) {
    for (const m of source.matchAll(pattern)) {
      for (const group of m.slice(1)) {
        if (!group) continue;
        // "Côte d'Ivoire": a name after a capitalised word and an elision is the tail of a longer name.
        const start = source.indexOf(group, m.index);
        if (/\p{Lu}[\p{L}\p{M}-]*\s+[dl]['’]$/u.test(source.slice(Math.max(0, start - 30), start))) continue;
        for (const part of group.split(/\s*\/\s*/)) {
          const name = part.replace(/[.'’-]+$/, "").trim();
          if (!/\p{L}/u.test(name)) continue;
          if (name.length < 2 || NOT_FIRMS.test(name) || isKnown(name)) continue;
          if (found.some((f) => f.name === name)) continue;
          const at = source.indexOf(name, m.index);
          found.push({ name, sentence: sentenceAround(source, at, at + name.length).sentence, why });
        }
      }
    }
  }
  // "Datalantic SAS" and "Datalantic" are one firm: keep the fuller form.
  return found.filter((f) => !found.some((g) => g !== f && g.name.startsWith(`${f.name} `) && /\s\S+$/.test(g.name)));
}
