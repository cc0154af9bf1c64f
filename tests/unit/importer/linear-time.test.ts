import { describe, expect, it } from "vitest";
import { splitAgencyCredit } from "@/lib/importer/page/captions";
import { lineInfo } from "@/lib/importer/page/clutter";
import { proposeCompanies } from "@/lib/importer/entities/company-cues";
import { editorialTitle } from "@/lib/importer/page/editorial-title";
import { quoteLine } from "@/lib/importer/page/quote-line";
import { removedLinesReport } from "@/lib/importer/report";
import { splitSentences } from "@/lib/importer/announcements/sentences";

/*
 * A raw page may be 1 Mo (read-raw.ts refuses more). Each input below is one a
 * fuzz found to make a step quadratic: on 1 Mo, a quadratic step takes minutes
 * (editorialTitle on a run of blanks took 41 s at 125 Ko), a linear one well
 * under a second alone. The budget leaves room for a machine shared with other
 * builds (8 s was exceeded twice, at 8.5 and 9.6 s, by a step that takes 0.33 s
 * alone, while four suites ran on two cores), and still fails a quadratic step
 * by orders of magnitude (41 s at 125 Ko is about 45 min at 1 Mo).
 */
const MB = 1_000_000;
const BUDGET_MS = 20_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe("importer steps stay linear on a 1 Mo line", { timeout: 60_000 }, () => {
  it.each([
    ["clutter.lineInfo, a run of blanks", () => lineInfo(`Partager${" ".repeat(MB)}:`)],
    ["clutter.lineInfo, end marks and blanks", () => lineInfo(" :".repeat(MB / 2))],
    ["captions.splitAgencyCredit, a run of blanks", () => splitAgencyCredit(`Une légende${" ".repeat(MB)}x`)],
    ["captions.splitAgencyCredit, dashes", () => splitAgencyCredit("- ".repeat(MB / 2))],
    ["headline.editorialTitle, a run of blanks", () => editorialTitle(`Le groupe${" ".repeat(MB)}annonce un centre.`)],
    ["headline.editorialTitle, blanks and commas", () => editorialTitle(`Le groupe${" ,".repeat(MB / 2)}x`)],
    ["company-cues.proposeCompanies, « [a( »", () => proposeCompanies("[a(".repeat(MB / 3), () => false)],
    ["company-cues.proposeCompanies, « *a »", () => proposeCompanies("*a".repeat(MB / 2), () => false)],
    ["company-cues.proposeCompanies, capitalised words", () => proposeCompanies("Aa ".repeat(MB / 3), () => false)],
    // bench:import's single line: every stop read the whole line before it (24 s at 0.25 Mo).
    ["sentences.splitSentences, sentences and abbreviations on one line", () => {
      const sentence = "M. Dupont, de Data4 Inc., annonce env. 1,2 GW à Paris. Le site ouvrira en 2026. ";
      const times = Math.ceil(MB / 2 / sentence.length);
      expect(splitSentences(sentence.repeat(times)).length).toBe(2 * times);
    }],
  ] as const)("%s", (_, run) => {
    expect(timed(run)).toBeLessThan(BUDGET_MS);
  });
});

describe("the import report quotes a long line cut, with its length", () => {
  it("keeps 200 characters of a removed 1 Mo line and says how long it was", () => {
    const line = `Publicité ${"x".repeat(MB)}`;
    const [warning] = removedLinesReport([line], [{ kind: "furniture", why: "widget" }]);
    expect(warning.length).toBeLessThan(400);
    expect(warning).toContain(`« ${line.slice(0, 200)}… (${line.length} caractères) »`);
  });

  it("quotes a short line whole", () => {
    expect(quoteLine("Partager sur Facebook")).toBe("« Partager sur Facebook »");
  });
});
