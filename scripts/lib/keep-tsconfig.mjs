// `next build` adds `<distDir>/types/**/*.ts` to tsconfig.json's `include` for
// each distDir it builds into, comparing entries as plain strings (Next 16.4,
// lib/typescript/writeConfigurationDefaults): no glob covers another build's
// folder. A build into `.next-bench-1000` would leave the
// committed file changed, and `npm start` (tsconfig.json is a code input)
// would then rebuild the site for nothing.
import fs from "node:fs";

/**
 * Remembers tsconfig.json before a `next build`; call what it returns once the
 * build is over, failed or not, to put the committed text back, with its
 * modification time: written now, the file would look newer than the build,
 * and the next `npm start` (another instance waiting for this build, say)
 * would build again.
 */
export function keepTsconfig(file = "tsconfig.json") {
  const committed = fs.readFileSync(file, "utf8");
  const { atime, mtime } = fs.statSync(file);
  return () => {
    if (fs.readFileSync(file, "utf8") === committed) return;
    fs.writeFileSync(file, committed);
    fs.utimesSync(file, atime, mtime);
  };
}
