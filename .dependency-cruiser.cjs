/**
 * The layers of lib/ and the direction of their imports (README, « Où placer
 * un changement »), checked by tests/unit/layers.test.ts on every `npm test`;
 * by hand: `npx depcruise lib app components scripts tests instrumentation.ts proxy.ts next.config.ts`.
 *
 * From the ground up, each layer importing only those under it:
 *   text      lib/text/      strings, dates, typography: imports nothing of lib/
 *   runtime   lib/runtime/   the process-wide values (globalThis): imports nothing of lib/
 *   model     lib/model/     schemas, types, the entity registry, content errors
 *   site      lib/site/      the site's constants, the route table, pagination
 *   content   lib/content/   reading and validating the archive's files
 *   markdown  lib/markdown/  Markdown to safe HTML, on its render thread
 *   archive   lib/archive/   assembling a version of the archive
 *   pages     lib/pages/ and the features' folders: the getters routes call
 *   server    lib/server/, lib/publishing/, lib/cache/: start, watch, publish, cache
 * Tools apart: lib/importer/ and lib/synthetic/, imported by scripts/ and tests/ only.
 */
const features = "(announcements|charts|entities|feeds|maps|pages|search|seo)";
const tools = "(importer|synthetic)";
/** Modules that read files: only the layers that own files may import them. */
const fileReaders = ["^(node:)?fs$", "^(node:)?fs/promises$", "js-yaml", "gray-matter", "^lib/content/yaml\\.ts$"];

/** One rule per layer: what, in lib/, it may not import. */
const layer = (name, from, mayImport) => ({
  name: `${name}-imports-only-below`,
  comment: `lib/${from.replace(/[()^]/g, "")} imports only ${mayImport.join(", ")} of lib/`,
  severity: "error",
  from: { path: `^lib/${from}/` },
  to: { path: "^lib/", pathNot: [`^lib/${from}/`, ...mayImport.map((l) => `^lib/${l}/`)] },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No file imports a file that imports it back, directly or not.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    layer("text", "text", []),
    layer("runtime", "runtime", []),
    layer("model", "model", ["text"]),
    layer("site", "site", ["model", "text"]),
    layer("content", "content", ["model", "text"]),
    layer("markdown", "markdown", ["text"]),
    layer("archive", "archive", ["content", "model", "runtime", "site", "text"]),
    layer("pages", features, ["archive", "content", "markdown", "model", "runtime", "site", "text", features]),
    layer("tools", tools, ["archive", "content", "model", "site", "text", tools]),
    {
      name: "lib-below-the-ui",
      comment: "lib/ is read by routes and components, never the reverse, and has no React.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: ["^app/", "^components/", "^node_modules/(react|react-dom)/"] },
    },
    {
      name: "tools-only-from-scripts-and-tests",
      comment: "The importer and the synthetic corpus are tools: the site never runs them.",
      severity: "error",
      from: { pathNot: [`^lib/${tools}/`, "^scripts/", "^tests/"] },
      to: { path: `^lib/${tools}/` },
    },
    {
      name: "only-content-reads-the-archive-files",
      comment: "The model, the archive's assembly and the getters work on parsed data: lib/content/ reads the files.",
      severity: "error",
      from: { path: `^lib/(model|site|text|markdown|archive|entities|announcements|maps|charts|feeds)/` },
      to: { path: fileReaders },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API, so swc parses; its parser reads no JSX,
    // hence .tsx files (app/ and components/, which no rule here protects) are
    // left out: tests/unit/layers.test.ts checks their imports of the tools.
    parser: "swc",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^\\.next/", "\\.tsx$", "^tests/fixtures/"] },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] },
  },
};
