// After any `npm install` here, run `node scripts/fix-lock-platforms.mjs`.
//
// The registry this project installs from holds the Linux builds of Next's SWC
// and Tailwind's oxide at their newest versions but not the macOS, Windows,
// Android, FreeBSD and WASM ones, so `npm install` leaves those optional
// packages out of package-lock.json, and `npm ci` then refuses the lock file
// ("Missing: @next/swc-darwin-arm64@ from lock file"). This adds each missing
// optional platform package back, with its version and os/cpu, so npm ci on
// Linux skips it as it would any foreign-platform build (see docs/decisions/005).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const platforms = {
  "android-arm64": ["android", "arm64"],
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "freebsd-x64": ["freebsd", "x64"],
  "linux-arm-gnueabihf": ["linux", "arm"],
  "linux-arm64-gnu": ["linux", "arm64"],
  "linux-arm64-musl": ["linux", "arm64"],
  "linux-x64-gnu": ["linux", "x64"],
  "linux-x64-musl": ["linux", "x64"],
  "wasm32-wasi": [null, "wasm32"],
  "win32-arm64-msvc": ["win32", "arm64"],
  "win32-x64-msvc": ["win32", "x64"],
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = Object.keys(platforms).find((p) => name.endsWith(`-${p}`));
    if (lock.packages[key] || !platform) continue;
    const [os, cpu] = platforms[platform];
    lock.packages[key] = { version, cpu: [cpu], ...(entry.dev ? { dev: true } : {}), optional: true, ...(os ? { os: [os] } : {}) };
    added++;
    console.log(`+ ${name}@${version} (optionnel de ${path || "la racine"})`);
  }
}
// In npm's own order (a locale comparison, where "string_decoder" comes before
// "string-width"): sorted by code points, the next `npm install` would move
// entries back and leave the lock file changed.
const [root, ...rest] = Object.keys(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort((a, b) => a.localeCompare(b, "en"))].map((k) => [k, lock.packages[k]]));
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} ${added > 1 ? "paquets ajoutés" : "paquet ajouté"} au lock file.`);
if (process.argv.includes("--check")) execFileSync("npm", ["ci", "--dry-run"], { stdio: "inherit" });
