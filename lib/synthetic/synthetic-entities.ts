import type { Company, Country, RegistryData, Theme } from "../model/schema/entity";
import type { Random } from "./prng";

/** Countries the real archive does not have yet, with the adjectives search uses. */
const extraCountries: Country[] = [
  { slug: "france", name: "France", continent: "Europe", aliases: ["Hexagone"], adjectives: ["français", "française", "français", "françaises"] },
  { slug: "inde", name: "Inde", continent: "Asie", aliases: [], adjectives: ["indien", "indienne", "indiens", "indiennes"] },
  { slug: "japon", name: "Japon", continent: "Asie", aliases: [], adjectives: ["japonais", "japonaise", "japonaises"] },
  { slug: "bresil", name: "Brésil", continent: "Amérique", aliases: [], adjectives: ["brésilien", "brésilienne", "brésiliens", "brésiliennes"] },
  { slug: "canada", name: "Canada", continent: "Amérique", aliases: [], adjectives: ["canadien", "canadienne", "canadiens", "canadiennes"] },
  { slug: "singapour", name: "Singapour", continent: "Asie", aliases: [], adjectives: ["singapourien", "singapourienne"] },
  { slug: "kenya", name: "Kenya", continent: "Afrique", aliases: [], adjectives: ["kényan", "kényane", "kényans"] },
  { slug: "maroc", name: "Maroc", continent: "Afrique", aliases: [], adjectives: ["marocain", "marocaine", "marocains", "marocaines"] },
  { slug: "irlande", name: "Irlande", continent: "Europe", aliases: [], adjectives: ["irlandais", "irlandaise", "irlandaises"] },
  { slug: "suede", name: "Suède", continent: "Europe", aliases: [], adjectives: ["suédois", "suédoise", "suédoises"] },
];

const extraThemes: Theme[] = [
  { slug: "intelligence-artificielle", name: "Intelligence artificielle", description: "Calcul pour l'IA et services d'apprentissage automatique.", aliases: ["IA", "apprentissage automatique"], adjectives: [] },
  { slug: "energie", name: "Énergie", description: "Consommation électrique et refroidissement des centres de données.", aliases: ["électricité", "refroidissement"], adjectives: [] },
  { slug: "cybersecurite", name: "Cybersécurité", description: "Protection des infrastructures et des données contre les attaques.", aliases: ["sécurité informatique", "cyberattaque"], adjectives: [] },
  { slug: "reseaux-5g", name: "Réseaux 5G", description: "Déploiement de la 5G et informatique en périphérie.", aliases: ["5G", "edge computing"], adjectives: [] },
  { slug: "regulation", name: "Régulation", description: "Lois, autorités de contrôle et règles de concurrence.", aliases: ["réglementation", "régulateur"], adjectives: [] },
];

/** Invented entries added to the real registry's, part by part (companies are made up by `syntheticCompanies`). */
export const extraEntities: Partial<RegistryData> = { countries: extraCountries, themes: extraThemes };

const syllables = ["nu", "vo", "la", "tri", "ka", "ser", "don", "mi", "sol", "ar", "te", "lys", "qua", "ren", "bo", "zen", "ix", "or", "pel", "ta"];
const suffixes = ["Cloud", "Systèmes", "Data", "Networks", "Hébergement", "Telecom", "Digital", "Infra"];
const kinds = ["hébergeur", "opérateur télécoms", "services cloud", "éditeur de logiciels", "équipementier", "intégrateur", "fonds d'investissement"];

/** Invented companies (some subsidiaries of others) so a large corpus has many names, as a real one would. */
export function syntheticCompanies(random: Random, count: number, countries: readonly string[], existing: ReadonlySet<string>): Company[] {
  const companies: Company[] = [];
  const slugs = new Set(existing);
  while (companies.length < count) {
    const stem = Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join("");
    const name = `${stem[0].toUpperCase()}${stem.slice(1)} ${random.pick(suffixes)}`;
    const slug = name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    const parent = companies.length > 4 && random.chance(0.15) ? random.pick(companies).slug : undefined;
    companies.push({
      slug,
      name,
      kind: random.pick(kinds),
      country: random.pick(countries),
      ...(parent ? { parent } : {}),
      aliases: random.chance(0.3) ? [stem.toUpperCase().slice(0, 4)] : [],
      adjectives: [],
    });
  }
  return companies;
}
