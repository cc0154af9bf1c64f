/** Where the tests build the site (never `.next`). */
export const e2eDistDir: string;
/** The fixture site's view of the same build. */
export const fixtureDistDir: string;
/** End-to-end files whose assertions are time bounds: `npm test` runs them after the others, by themselves. */
export const timeBoundFiles: string[];
/** The origin the build in e2eDistDir was made for, or undefined when there is no finished build. */
export function builtTestOrigin(): string | undefined;
/** `node --import tsx <script> <args>`, for spawn or spawnSync, with `tsxEnv` in its environment. */
export function tsxCommand(script: string, args?: string[]): [string, string[]];
/** The environment tsxCommand needs: tsx's cache off. */
export const tsxEnv: Record<string, string>;
/** `npm run build`'s two steps into e2eDistDir, with SITE_URL = origin. */
export function buildForTests(origin: string): void;
/** A copy of the build made of hard links, without the pages prerendered from content/; its dist folder. */
export function fixtureDist(): string;
