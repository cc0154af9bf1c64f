import path from "node:path";

/** Where the archive lives: CONTENT_DIR when set (tests, benchmarks), else `content/`. */
export function contentDir(): string {
  // Read at run time from a configurable place: not something the bundler should trace.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "content"));
}
