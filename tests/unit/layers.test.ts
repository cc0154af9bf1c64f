import fs from "node:fs";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

/** Every code file of lib/, relative to the project. */
const libFiles = (fs.readdirSync("lib", { recursive: true }) as string[])
  .map((f) => path.join("lib", f))
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith(".d.ts"))
  .sort();

/** One cruise per run, read by the tests of import direction and of folder circles. */
let cruised: Promise<ICruiseResult> | undefined;

/** What the project's code imports, as .dependency-cruiser.cjs reads it, with the rules it breaks. */
function cruiseProject(): Promise<ICruiseResult> {
  cruised ??= cruiseOnce();
  return cruised;
}

async function cruiseOnce(): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
  const { output } = await cruise(
    ["lib", "app", "components", "scripts", "tests", "instrumentation.ts", "proxy.ts", "next.config.ts"],
    { ...options, outputType: "json" },
    {},
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  return typeof output === "string" ? JSON.parse(output) : output;
}

/** The circles of a graph: each strongly connected set of two or more nodes (Tarjan). */
function circles(nodes: string[], edges: (node: string) => string[]): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of edges(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const set: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        set.push(member);
      } while (member !== node);
      if (set.length > 1) found.push(set.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

describe("the layers of lib/", () => {
  it("import one way, as .dependency-cruiser.cjs says (no circle, no layer importing one above it, no tool in the site)", async () => {
    const result = await cruiseProject();
    // The cruise reads the code: with no module found, no rule could fail.
    expect(result.summary.totalCruised).toBeGreaterThan(300);
    const broken = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(broken).toEqual([]);
  }, 60_000);

  it("import each other's folders one way: no two folders of lib/ import each other, even through others", async () => {
    const result = await cruiseProject();
    const folderOf = (file: string) => file.split("/").slice(0, 2).join("/");
    const edges = new Map<string, Set<string>>();
    for (const module of result.modules.filter((m) => m.source.startsWith("lib/"))) {
      for (const dependency of module.dependencies.filter((d) => d.resolved.startsWith("lib/"))) {
        const [from, to] = [folderOf(module.source), folderOf(dependency.resolved)];
        if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(edges.size).toBeGreaterThan(10);
    expect(circles([...edges.keys()], (folder) => [...(edges.get(folder) ?? [])])).toEqual([]);
  }, 60_000);

  it("finds a circle of folders when there is one", () => {
    const graph: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a"], d: ["a"] };
    expect(circles(Object.keys(graph), (f) => graph[f])).toEqual([["a", "b", "c"]]);
  });

  it("are checked by rules that fail on a wrong import", async () => {
    const { forbidden } = (await import(path.resolve(".dependency-cruiser.cjs"))).default as { forbidden: { name: string }[] };
    expect(forbidden.map((rule) => rule.name)).toEqual(
      expect.arrayContaining(["no-circular", "model-imports-only-below", "content-imports-only-below", "archive-imports-only-below", "pages-imports-only-below", "lib-below-the-ui", "tools-only-from-scripts-and-tests", "only-content-reads-the-archive-files"]),
    );
  });

  it("leave no file at lib/'s root: each belongs to a layer's folder", () => {
    expect(libFiles.filter((f) => path.dirname(f) === "lib")).toEqual([]);
  });

  it("keep the tools out of app/ and components/ (.tsx files, which the cruise does not parse)", () => {
    const tsx = ["app", "components"].flatMap((dir) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".tsx")).map((f) => path.join(dir, f)));
    expect(tsx.length).toBeGreaterThan(20);
    expect(tsx.filter((f) => /from\s+["'][^"']*lib\/(importer|synthetic)\//.test(fs.readFileSync(f, "utf8")))).toEqual([]);
  });

  it("keep the server's process-wide values in one module (lib/runtime/process-slots.ts)", () => {
    // Next loads the Redis cache handler by path, as plain JavaScript: it spells its key itself.
    const holders = libFiles.filter((f) => /\bglobalThis\b/.test(fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")));
    expect(holders).toEqual(["lib/cache/handlers/redis-store.mjs", "lib/runtime/process-slots.ts"]);
  });

  it("keep every file under 250 lines", () => {
    const long = libFiles.map((f) => [f, fs.readFileSync(f, "utf8").split("\n").length - 1] as const).filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it("let the synthetic corpus write an archive out and read none", () => {
    // The generator writes a corpus out (npm run generate); reading goes through lib/content/ like the real archive's.
    expect(fs.readFileSync("lib/synthetic/synthetic-archive.ts", "utf8")).not.toMatch(/readFileSync|parseYaml|loadRegistry|mkdtemp/);
  });
});
