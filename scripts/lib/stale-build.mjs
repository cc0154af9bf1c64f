// Whether `npm start` must rebuild: the build is older than the code it was
// built from. Content (content/, CONTENT_DIR) is not code: publishing an
// article never triggers a rebuild.
import fs from "node:fs";
import path from "node:path";

/** What a build is made from, relative to the project root. */
const codeInputs = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** The newest modification time (ms) under the given paths, and which file has it. */
function newestInput(root, inputs = codeInputs) {
  let newest = { file: undefined, mtimeMs: 0 };
  const visit = (full) => {
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      return; // an optional input (proxy.ts, public/) may be absent
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full)) visit(path.join(full, name));
    } else if (stat.mtimeMs > newest.mtimeMs) {
      newest = { file: path.relative(root, full), mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of inputs) visit(path.join(root, input));
  return newest;
}

/**
 * Why the build in `distDir` must be redone, or undefined when it is current.
 * A checkout (git pull) gives the files it changes the time of the pull, so
 * any code pulled after the build shows as newer than its BUILD_ID.
 */
export function staleBuildReason(root, distDir) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return `aucun build dans ${distDir}`;
  const built = fs.statSync(buildId).mtimeMs;
  const newest = newestInput(root);
  if (newest.mtimeMs > built) return `${newest.file} a changé depuis le dernier build`;
  return undefined;
}
