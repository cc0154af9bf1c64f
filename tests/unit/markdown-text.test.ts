import { describe, expect, it } from "vitest";
import { frenchTypography } from "@/lib/french-typography";
import { headingText, markdownText } from "@/lib/markdown-text";
import { snippetSources } from "@/lib/search/snippet";

/*
 * The linear cleaning must read Markdown exactly as the regular expressions
 * it replaced did (those were right, only slow): both are run on thousands of
 * random texts made of the characters that matter. Then the inputs that made
 * the expressions backtrack, at 1 MB.
 */

/** The plain text as the regular expressions made it (lib/search/snippet.ts before the linear scan). */
function naivePlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

const naiveHeading = (line: string) => {
  const match = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return match ? (match[1] ?? "") : undefined;
};

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const naiveTypography = (text: string) =>
  text
    .replace(/[ \t\u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \t\u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \t\u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \t\u00a0\u202f]*»/g, `${NBSP}»`);

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

function texts(alphabet: string[], count: number, maxLength: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
}

const markdownAlphabet = ["[", "]", "(", ")", "!", "<", ">", "*", "_", "`", "#", "-", "+", "1", ".", " ", "\n", "a", "é", "\t", "\r"];

describe("markdownText", () => {
  it("reads every random text as the regular expressions did", () => {
    for (const text of texts(markdownAlphabet, 20_000, 40, 7)) expect(markdownText(text), JSON.stringify(text)).toBe(naivePlainText(text));
  });

  it("keeps what a reader sees of an article", () => {
    expect(markdownText("## Titre\n\nUn [lien](https://x.fr) **gras**, ![une image](i.png) et <b>du HTML</b>.\n\n- un point\n> une citation")).toBe(
      "Titre Un lien gras, une image et du HTML . un point une citation",
    );
  });
});

describe("headingText", () => {
  it("reads every random line as the regular expression did", () => {
    for (const line of texts(["#", " ", "\t", "a", "\r"], 20_000, 14, 11)) expect(headingText(line), JSON.stringify(line)).toBe(naiveHeading(line));
  });
});

describe("frenchTypography", () => {
  it("spaces every random text as the regular expressions did", () => {
    for (const text of texts([" ", "\t", NBSP, NNBSP, ":", ";", "!", "?", "«", "»", "a"], 20_000, 24, 13)) {
      expect(frenchTypography(text), JSON.stringify(text)).toBe(naiveTypography(text));
    }
  });
});

const megabyte = 1024 * 1024;
/** 1 MB of each shape that made the expressions backtrack. */
const adversarial: Record<string, string> = {
  "[": "[".repeat(megabyte),
  "<": "<".repeat(megabyte),
  "*": "*".repeat(megabyte),
  _: "_".repeat(megabyte),
  "![": "![".repeat(megabyte / 2),
  "[a](": "[a](".repeat(megabyte / 4),
  "*a": "*a".repeat(megabyte / 2),
  "<a": "<a".repeat(megabyte / 2),
  "# a + blanks": `# a${" ".repeat(megabyte)}b`,
  "blanks before no colon": `a${" ".repeat(megabyte)}b`,
  "- nested": "- ".repeat(megabyte / 2),
};

/*
 * The expressions took minutes on these (50 kB of "[" alone, 13 s); a linear
 * scan takes tens of milliseconds. The bound leaves room for a loaded machine.
 */
describe("on 1 MB built to make regular expressions backtrack", () => {
  it.each(Object.keys(adversarial))("cleans %j in under a second, for the index, the snippets and the typography", (kind) => {
    const text = adversarial[kind];
    const started = performance.now();
    markdownText(text);
    snippetSources(text);
    frenchTypography(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
