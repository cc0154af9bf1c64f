import type { Company, Country } from "../../model/schema/entity";
import type { AnnouncementRow } from "../../announcements/announcement-rows";
import { companyProjects } from "../../announcements/projects";
import { companyLineage, subsidiariesOf } from "../../model/entity-registry";
import { type KindDescriptor } from "./kind-descriptor";
import { kindSegments } from "../../site/kind-segments";

/** A company's page adds its group and home, and its projects: the announcements it or a subsidiary is `by` in (oldest first). */
export type CompanyExtra = { parent?: Company; subsidiaries: Company[]; country?: Country; projects: AnnouncementRow[] };

/** Companies: `/entreprises/<slug>`; a subsidiary's articles are on its parent's page too. */
export const companyKind: KindDescriptor<"company", CompanyExtra> = {
  kind: "company",
  part: "companies",
  segment: kindSegments.company,
  labels: { one: "Entreprise", many: "Entreprises", the: "L’entreprise", all: "Toutes les entreprises" },
  nav: true,
  // A group stands for its subsidiaries: their articles count for it.
  frontPage: { title: "Entreprises les plus citées", listed: (company) => !company.parent },
  subject: true,
  // The cities of its articles may be other companies' sites: its own are its projects'.
  factCoCited: true,
  factPlaces: false,
  // Companies say best what an article is about: a shared one counts double.
  related: { prefix: "c", weight: 2 },
  of: (article) => article.companies,
  eachEntry(article, registry, emit) {
    const direct = new Set(article.companies.map((c) => c.slug));
    const added = new Set<string>();
    for (const company of article.companies) {
      for (const [depth, owner] of companyLineage(registry, company.slug).entries()) {
        // A parent named by the article itself gets the article once, without "via".
        if (added.has(owner.slug) || (depth > 0 && direct.has(owner.slug))) continue;
        added.add(owner.slug);
        if (depth === 0) emit(owner.slug);
        else emit(owner.slug, company);
      }
    }
  },
  profile(company, { registry, articles, hasPage }) {
    const subsidiaries = subsidiariesOf(registry, company.slug).filter((s) => hasPage("company", s.slug));
    return {
      extra: {
        subsidiaries,
        parent: company.parent ? registry.companies.get(company.parent) : undefined,
        country: company.country ? registry.countries.get(company.country) : undefined,
        projects: companyProjects(company.slug, articles, registry),
      },
      exclude: { companies: [company.slug, ...subsidiaries.map((s) => s.slug)] },
    };
  },
  summary: (company) => company.kind,
  indexPage: {
    description: "Toutes les entreprises de l'archive, avec leurs filiales et le nombre d'articles qui les concernent.",
    intro: "Les groupes, classés par nombre d’articles\u202f; les articles d’une filiale comptent pour sa maison mère.",
  },
  feedDescription: (company) => `Les articles de l'archive sur ${company.name} et ses filiales.`,
  schemaType: "Organization",
  jsonLd: (company, { urlOf }) => ({
    ...(company.parent ? { parentOrganization: { "@type": "Organization", url: urlOf("company", company.parent) } } : {}),
    ...(company.kind ? { description: company.kind } : {}),
  }),
};
