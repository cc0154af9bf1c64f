import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "@/lib/content/front-matter";
import { renderMarkdown } from "@/lib/markdown/markdown";

describe("renderMarkdown", () => {
  const file = readFrontMatter("script-in-body.md", fs.readFileSync("tests/fixtures/script-in-body.md", "utf8"));
  if (!file.ok) throw new Error("tests/fixtures/script-in-body.md does not parse");
  const html = renderMarkdown(file.body);

  it("removes scripts, event handlers, iframes and dangerous URLs", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
  });

  it("drops a <style> element with its content", () => {
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toContain("feuille de style cachée");
    expect(html).not.toContain("color: red");
    expect(html).toContain("Avant le style en ligne  après.");
  });

  it("drops the content of other elements that hold no text for the reader", () => {
    const out = renderMarkdown("<iframe>cadre</iframe>\n\n<template><p>modèle</p></template>\n\n<title>titre</title>\n\nReste.");
    expect(out).not.toMatch(/cadre|modèle|titre/);
    expect(out).toContain("<p>Reste.</p>");
  });

  it("keeps the readable text", () => {
    expect(html).toContain("<p>Un paragraphe lisible.</p>");
    expect(html).toContain("Texte final toujours lisible.");
    expect(html).toContain("lien sûr");
  });

  it("renders intertitles and quotations", () => {
    expect(renderMarkdown("## Suprématie\n\n> « Nous voulons attaquer Amazon »")).toBe(
      "<h2>Suprématie</h2>\n<blockquote>\n<p>«\u00a0Nous voulons attaquer Amazon\u00a0»</p>\n</blockquote>",
    );
  });

  it("renders a text without raw HTML as the HTML path would, sanitized alike", () => {
    // Without a "<", the HTML re-parse is skipped: a comment sends the same text down that path.
    const plain = "## Titre\n\nUn *texte* : « oui » ; [lien](https://exemple.fr), [piège](javascript:alert(1)) &lt;script&gt;\n\n- a\n- b\n\n> cité";
    const out = renderMarkdown(plain);
    expect(out).toBe(renderMarkdown(`${plain}\n\n<!-- commentaire -->`).trimEnd());
    expect(out).not.toMatch(/javascript:|<script/i);
    expect(out).toContain("<h2>Titre</h2>");
  });

  it("applies French punctuation spacing to the text, not to URLs nor code", () => {
    const out = renderMarkdown("Il a dit : « oui » ; vraiment ? Voir [le site](https://exemple.fr/a?b=c:d) à 13:34.\n\n`a : b`");
    expect(out).toContain("Il a dit\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f?");
    expect(out).toContain('href="https://exemple.fr/a?b=c:d"');
    expect(out).toContain("à 13:34.");
    expect(out).toContain("<code>a : b</code>");
  });
});
