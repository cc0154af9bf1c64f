import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { nextCommand } from "../../scripts/lib/next-bin.mjs";
import { freePort, loopbackOrigin, waitForServer } from "../../scripts/lib/next-server";
import { baseUrl, e2eDistDir } from "./support";

/**
 * The site's own build (made with SITE_URL = baseUrl, see global-setup.ts),
 * started a second time with another SITE_URL or none: the server says so at
 * once, and its pages keep naming the build's origin.
 */
async function startWith(siteUrl: string | undefined): Promise<{ output: () => string; origin: string; stop: () => void }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: e2eDistDir };
  delete env.SITE_URL;
  if (siteUrl) env.SITE_URL = siteUrl;
  const child = spawn(...nextCommand(["start", "-p", String(port)]), { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(loopbackOrigin(port), child);
  } catch (error) {
    stop();
    throw error;
  }
  return { output: () => output, origin: loopbackOrigin(port), stop };
}

describe("SITE_URL at start", () => {
  it("a production server started without SITE_URL warns at once and keeps the build's origin", async () => {
    const server = await startWith(undefined);
    try {
      expect(server.output()).toMatch(/⚠ SITE_URL n'est pas défini : .* sous http:\/\/127\.0\.0\.1:\d+, l'origine fixée au build/);
      // The warning comes before the archive is loaded: the first thing an operator reads.
      expect(server.output().indexOf("⚠ SITE_URL")).toBeLessThan(server.output().indexOf("articles chargés"));
      const html = await (await fetch(`${server.origin}/pays/allemagne`)).text();
      expect(html).toContain(`<link rel="canonical" href="${baseUrl}/pays/allemagne"/>`);
      expect(html).not.toContain("localhost:3000");
    } finally {
      server.stop();
    }
  }, 60_000);

  it("a server started with another SITE_URL than the build's says to rebuild", async () => {
    const server = await startWith("https://archives.example");
    try {
      expect(server.output()).toContain(`⚠ SITE_URL (https://archives.example) diffère de l'origine fixée au build (${baseUrl})`);
    } finally {
      server.stop();
    }
  }, 60_000);
});
