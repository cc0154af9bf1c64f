import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { newPage } from "./support";

/*
 * Links in running text are told from the text by more than colour (WCAG
 * 1.4.1, axe link-in-text-block), in light and dark. The five articles have no
 * link in their text, so one is added to the article body, as Markdown would render it.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const article = "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud";

type Result = { id: string }[];

async function checkProseLink(colorScheme: "light" | "dark", underline: boolean) {
  const page = await newPage({ colorScheme });
  await page.goto(article);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (keepUnderline) => {
    const body = document.querySelector("article .prose")!;
    const p = document.createElement("p");
    p.id = "paragraphe-avec-lien";
    p.innerHTML = 'Selon le <a href="/articles">communiqué de la société</a>, le service est ouvert.';
    body.prepend(p);
    const link = p.querySelector("a")!;
    // Colour alone: no underline, and no bolder weight either (axe counts a weight difference as a cue).
    if (!keepUnderline) Object.assign(link.style, { textDecoration: "none", fontWeight: "inherit" });
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: Result; incomplete: Result }> } }).axe;
    const result = await axe.run({ include: [["#paragraphe-avec-lien"]] }, { runOnly: { type: "rule", values: ["link-in-text-block"] } });
    return { decoration: getComputedStyle(link).textDecorationLine, violations: result.violations.map((v) => v.id), incomplete: result.incomplete.map((v) => v.id) };
  }, underline);
}

describe("links in running text", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`are underlined and pass link-in-text-block (${colorScheme})`, async () => {
      const { decoration, violations, incomplete } = await checkProseLink(colorScheme, true);
      expect(decoration).toContain("underline");
      expect(violations).toEqual([]);
      expect(incomplete).toEqual([]);
    });
  }

  it("would fail with colour alone", async () => {
    const { violations, incomplete } = await checkProseLink("light", false);
    expect([...violations, ...incomplete]).toContain("link-in-text-block");
  });
});
