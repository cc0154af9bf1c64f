import path from "node:path";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { recogniseEntities } from "@/lib/importer/entities/recognise";

/** What the entity rounds' tests ask of one made-up text: the real registry and gazetteer, read once per file. */
export const registry = loadRegistry(path.join(process.cwd(), "content"));
export const gazetteer = loadGazetteer();
export const recognise = (text: string) => recogniseEntities(text, registry, { gazetteer });
export const countries = (text: string) => [...new Set(recognise(text).countries.map((c) => c.slug))];
export const firms = (text: string) => recognise(text).companies.map((c) => c.name);
export const places = (text: string) => recognise(text).places.map((p) => `${p.name}/${p.country}`);
/** The roles the text gives one country (several when its sentences disagree). */
export const roleOf = (text: string, slug: string) => recognise(text).countries.filter((c) => c.slug === slug).map((c) => c.role);
