import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every code file of lib/, relative to the project. */
const libFiles = (fs.readdirSync("lib", { recursive: true }) as string[])
  .map((f) => path.join("lib", f))
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith(".d.ts"))
  .sort();

const text = new Map(libFiles.map((f) => [f, fs.readFileSync(f, "utf8")]));

/** What a file imports: module names as written (type-only imports included: they tie the files together too). */
function importsOf(file: string): string[] {
  return [...text.get(file)!.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm)].map((m) => m[1]);
}

/** The lib/ files a file imports, resolved as the bundler would ("./x" → "x.ts"). */
function libImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((name) => name.startsWith("."))
    .map((name) => path.join(path.dirname(file), name))
    .flatMap((base) => [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].filter((f) => text.has(f)).slice(0, 1));
}

/** The import circles among the files: each strongly connected set of two or more files, or a file importing itself (Tarjan). */
function circles(files: string[], edges: (file: string) => string[]): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    for (const to of edges(file)) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) === index.get(file)) {
      const set: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        set.push(member);
      } while (member !== file);
      if (set.length > 1 || edges(file).includes(file)) found.push(set.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe("the layers of lib/", () => {
  it("finds a circle when there is one", () => {
    const graph: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a"], d: ["a"] };
    expect(circles(Object.keys(graph), (f) => graph[f])).toEqual([["a", "b", "c"]]);
  });

  it("import no file that imports them back", () => {
    expect(libFiles.length).toBeGreaterThan(50);
    expect(circles(libFiles, libImportsOf)).toEqual([]);
  });

  it("keep every file under 250 lines", () => {
    const long = libFiles.map((f) => [f, text.get(f)!.split("\n").length - 1] as const).filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it("read the archive's files in lib/content/ only: the registry is built from parsed data", () => {
    const readers = libFiles.filter((f) => f.startsWith("lib/entities/") || f.startsWith("lib/synthetic/") || f === "lib/archive/archive.ts");
    const reading = readers.filter((f) => importsOf(f).some((name) => ["node:fs", "fs", "js-yaml", "gray-matter"].includes(name) || /\/yaml$/.test(name)));
    // The generator writes a corpus out (npm run generate); it reads nothing.
    expect(reading).toEqual(["lib/synthetic/synthetic-archive.ts"]);
    expect(text.get("lib/synthetic/synthetic-archive.ts")).not.toMatch(/readFileSync|parseYaml|loadRegistry|mkdtemp/);
  });
});
