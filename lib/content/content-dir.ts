import path from "node:path";

/** Where the archive lives: CONTENT_DIR when set (tests, benchmarks), else `content/`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}
