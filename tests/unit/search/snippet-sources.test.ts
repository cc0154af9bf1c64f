import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { queryWords } from "@/lib/search/encoder";
import { snippetFor } from "@/lib/search/present";
import { snippetSources, typeset } from "@/lib/search/snippet";

const body = readFileSync(path.join(__dirname, "../../fixtures/snippets/subheading-between-paragraphs.md"), "utf8");
const summary = "Un nouveau site en Europe.";
const terms = (q: string) => queryWords(q).map((w) => w.term);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe("snippets and subheadings", () => {
  it("keeps subheadings out of the prose a snippet is cut from", () => {
    const sources = snippetSources(body);
    expect(sources.headings).toEqual(["Un centre à Francfort", "Des serveurs refroidis à l’eau"]);
    expect(sources.prose).toBe(
      "Le groupe américain poursuit son expansion en Europe. Le groupe a annoncé l’ouverture d’un centre de données en Allemagne, son troisième sur le continent. Les salles seront refroidies par un circuit d’eau fermé.",
    );
  });

  it("never runs a subheading into the sentence after it", () => {
    const snippet = snippetFor(snippetSources(body), summary, terms("Francfort annoncé refroidies"), []);
    expect(marks(snippet)).toEqual(["annoncé", "refroidies"]);
    expect(text(snippet)).not.toMatch(/Francfort Le groupe|l’eau Les salles/);
  });

  it("shows the subheading alone when only it holds the query's words", () => {
    const snippet = snippetFor(snippetSources(body), summary, terms("Francfort"), []);
    expect(text(snippet)).toBe("Un centre à Francfort");
    expect(marks(snippet)).toEqual(["Francfort"]);
  });

  it("prefers the standfirst to a subheading", () => {
    expect(text(snippetFor(snippetSources(body), "Francfort accueille un nouveau site.", terms("Francfort"), []))).toBe("Francfort accueille un nouveau site.");
  });

  it("leaves a line that only starts with # in the prose", () => {
    expect(snippetSources("#cloud et ##datacenters\n\n#### \n\nFin.")).toEqual({ prose: "#cloud et ##datacenters Fin.", headings: [] });
  });
});

describe("snippets and French typography", () => {
  it("keep the no-break spaces the article's page gives its body: before : ; ! ? » and after «", () => {
    const sources = snippetSources("Le patron l’a dit : « nous ouvrirons Francfort » ; vraiment ? Oui !");
    const snippet = snippetFor(sources, summary, terms("Francfort"), []);
    expect(marks(snippet)).toEqual(["Francfort"]);
    expect(text(snippet)).toBe("Le patron l’a dit\u00a0: «\u00a0nous ouvrirons Francfort\u00a0»\u202f; vraiment\u202f? Oui\u202f!");
    // From the standfirst as well, and around a marked word.
    expect(text(snippetFor(snippetSources("Rien."), "Alibaba : « le cloud »", terms("cloud"), []))).toBe("Alibaba\u00a0: «\u00a0le cloud\u00a0»");
  });

  it("stay linear on long runs of spaces (French spacing's patterns rescan a run)", () => {
    const hostile = `a${" ".repeat(200_000)}b${"\u00a0 ".repeat(50_000)}: cloud`;
    const started = performance.now();
    const snippet = snippetFor(snippetSources(hostile), summary, terms("cloud"), []);
    expect(performance.now() - started).toBeLessThan(500);
    expect(text(snippet)).toMatch(/b\u00a0: cloud$/);
    expect(typeset(`10${" \u00a0 ".repeat(3)}000 ;${" ".repeat(100_000)}x`)).toBe("10\u00a0000\u202f; x");
  });
});
