import { spawn } from "node:child_process";
import net from "node:net";
import { freePort } from "./next-server";

export type RunningRedis = { url: string; port: number; stop: () => void };

/**
 * Debian's redis-server on a free loopback port, with no persistence and a
 * bounded memory (least recently used entries with an expiry go first, as
 * a shared cache should); stopped by `stop()`. For the e2e tests and
 * `npm run load --instances 2`.
 */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory", "128mb", "--maxmemory-policy", "volatile-lru"],
    { stdio: "ignore" },
  );
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ready = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("redis-server did not start");
}
