import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { newPage } from "./support";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const pages = {
  accueil: "/",
  article: "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud",
  entreprise: "/entreprises/alibaba",
  pays: "/pays/afrique-du-sud",
  recherche: "/recherche?q=alibaba",
  chronologie: "/chronologie",
  annonces: "/annonces",
  "annonces filtrées": "/annonces?entreprise=alibaba&etat=announced",
  site: "/sites/alibaba-zhangbei",
  carte: "/carte",
  "404": "/nulle-part",
};

type Violation = { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] };

describe("axe-core finds no violation", () => {
  // Both colour schemes on one load of the page: they are CSS media queries (app/globals.css), applied as the scheme changes.
  for (const [name, path] of Object.entries(pages)) {
    it(`${name} (light, then dark)`, async () => {
      const page = await newPage({ colorScheme: "light" });
      await page.goto(path);
      await page.addScriptTag({ content: axeSource });
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
        const violations: Violation[] = await page.evaluate(
          async (runTags) => (await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: runTags } })).violations,
          tags,
        );
        const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(" ")} — ${n.failureSummary}`).join("\n")}`);
        expect(summary, colorScheme).toEqual([]);
      }
    });
  }
});

describe("keyboard", () => {
  it("reaches the skip link first, then the site's links, each with a visible focus", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Aller au contenu");
    for (let i = 0; i < 8; i++) {
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { outline: s.outlineStyle, width: s.outlineWidth, visible: el.getBoundingClientRect().width > 0 };
      });
      expect(style.outline).not.toBe("none");
      expect(style.visible).toBe(true);
      await page.keyboard.press("Tab");
    }
  });
});
