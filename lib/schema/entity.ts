import { z } from "zod";
import { slugPattern } from "../text";
import { plainText } from "./plain-text";

const slug = z.string().regex(slugPattern, "slug attendu : minuscules sans accents, mots séparés par des tirets");
const names = z.array(plainText().min(1)).default([]);

/** Fields every entity of the registry shares: the names used to display, detect and search it. */
const baseEntity = z.object({
  slug,
  name: plainText().min(1),
  /** Other names the texts use for the same entity ("Alibaba Group", "DT"). */
  aliases: names,
  /** Adjective forms ("chinois", "allemande") that point to the entity in search. */
  adjectives: names,
});

export const companySchema = baseEntity.extend({
  /** Slug of the parent company (BCX → Telkom). */
  parent: slug.optional(),
  /** Slug of the country the texts say the company is from. */
  country: slug.optional(),
  /** What the company does, in the words of the archive's texts. */
  kind: z.string().optional(),
});

export const countrySchema = baseEntity.extend({
  continent: z.string().min(1),
});

export const themeSchema = baseEntity.extend({
  description: z.string().min(1),
});

export const companiesFileSchema = z.array(companySchema);
export const countriesFileSchema = z.array(countrySchema);
export const themesFileSchema = z.array(themeSchema);

export type Company = z.infer<typeof companySchema>;
export type Country = z.infer<typeof countrySchema>;
export type Theme = z.infer<typeof themeSchema>;
export type EntityKind = "company" | "country" | "theme";
