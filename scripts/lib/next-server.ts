import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { freePort, loopbackOrigin } from "./loopback.mjs";
import { nextCommand } from "./next-bin.mjs";

export { freePort, loopbackOrigin } from "./loopback.mjs";

export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

export type RunningServer = {
  url: string;
  child: ChildProcess;
  stop: () => void;
  /** What the server printed so far (stdout and stderr), when started with `captureOutput`. */
  output: () => string;
};

/**
 * `next start` in its own process group, resolved once it answers on
 * loopback. On `port` when given (a build made with SITE_URL set to
 * loopbackOrigin(port) must be served there: its absolute URLs name it),
 * else on a free one. No `-H 127.0.0.1`: with a loopback IP as hostname,
 * Next 16 turns every rewrite from proxy.ts into an HTTP request to itself
 * (vercel/next.js#94745), an extra hop that failed under load.
 */
export async function startNext(
  env: Record<string, string> = {},
  { captureOutput = false, port, cwd }: { captureOutput?: boolean; port?: number; cwd?: string } = {},
): Promise<RunningServer> {
  port ??= await freePort();
  const child = spawn(...nextCommand(["start", "-p", String(port)]), {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", captureOutput ? "pipe" : "ignore", captureOutput ? "pipe" : "inherit"],
    detached: true,
  });
  let printed = "";
  child.stdout?.on("data", (chunk) => (printed += chunk));
  child.stderr?.on("data", (chunk) => (printed += chunk));
  const url = loopbackOrigin(port);
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(url, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, child, stop, output: () => printed };
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's memory every interval; `stop()` returns the peak. */
export function samplePeakRss(rootPid: number, intervalMs = 100): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
