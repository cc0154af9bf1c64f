import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/content/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";
import { evidenceWindow } from "@/lib/schema/announcement";

const registry = loadRegistry(path.resolve("tests/fixtures/announcements"));
const parse = (name: string) => {
  const file = `tests/fixtures/broken-announcements/${name}`;
  return parseArticle(file, fs.readFileSync(file, "utf8"), registry);
};
const problemsOf = (name: string): string => {
  const result = parse(name);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems.map(describeProblem).join("\n");
};

describe("announcements in the front matter", () => {
  it.each([
    ["evidence-not-in-body.md", "› announcements[0].evidence : absent du texte"],
    ["unknown-site.md", "› announcements[0].site : site inconnu du registre"],
    ["unknown-company.md", "› announcements[0].by[1] : entreprise inconnue du registre"],
    ["company-not-in-companies.md", "› announcements[0].by[0] : doit aussi figurer dans companies"],
    ["year-not-in-text.md", "› announcements[0].year : année absente de la phrase citée et de celle qui la précède"],
    ["bad-currency.md", "› announcements[0].amount.currency : code de devise ISO 4217 attendu"],
    ["country-not-the-sites.md", "› announcements[0].country : ne correspond pas au pays du site (pays-a)"],
    ["unknown-status.md", "› announcements[0].status"],
    ["unknown-field.md", "› announcements[0]"],
  ])("refuses %s: file › field : problem", (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toContain(`tests/fixtures/broken-announcements/${name} ${expected}`);
  });

  it("quotes what it found", () => {
    expect(problemsOf("unknown-site.md")).toContain('(trouvé : "campus-inconnu")');
    expect(problemsOf("year-not-in-text.md")).toContain("(trouvé : 2024)");
  });

  it("accepts evidence copied across a line break, a year from the sentence before, and resolves the slugs", () => {
    const result = parse("valid.md");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [centre, investment] = result.article.announcements;
    expect(centre.site?.name).toBe("Campus de Ville Une");
    expect(centre.place?.slug).toBe("ville-une");
    expect(centre.by.map((c) => c.name)).toEqual(["Groupe Mère"]);
    expect(investment.amount).toEqual({ value: 3000000, currency: "EUR" });
    expect(investment.year).toBe(2023);
  });
});

describe("evidenceWindow", () => {
  it("is the evidence and the sentence before it, spaces folded", () => {
    expect(evidenceWindow("Un. Deux\n trois. Quatre.", "Quatre.")).toBe("Deux trois. Quatre.");
    expect(evidenceWindow("Premier.  Second.", "Premier.")).toBe("Premier.");
    expect(evidenceWindow("Un. Deux.", "Trois.")).toBeUndefined();
  });
});
