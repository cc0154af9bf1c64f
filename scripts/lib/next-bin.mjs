// Next's command line, run by this Node directly: through `npx`, each
// `next start` spent 0.7–0.9 s finding the binary before Next began its own
// start (measured at idle, 2 cores).
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** The command and arguments that run `next <args>`, for spawn or spawnSync. */
export function nextCommand(args) {
  return [process.execPath, [nextBin, ...args]];
}
