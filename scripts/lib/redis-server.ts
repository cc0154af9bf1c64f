import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { freePort } from "./next-server";

export type RunningRedis = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Ends it (SIGTERM by default, or the signal given) and resolves once it has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/** Whether something accepts connections on this loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Debian's redis-server on a free loopback port, with no persistence and a
 * bounded memory (least recently used entries with an expiry go first, as
 * a shared cache should); stopped by `stop()`. For the e2e tests,
 * `npm run load --instances 2` and `npm run bench:redis-outage`.
 * `port` starts it again where a previous one was (an outage ends);
 * `dir` gives it a folder whose dump.rdb it loads at start and writes on
 * `SAVE`, so a restart can keep the entries written before the outage.
 */
export async function startRedis({ port, dir }: { port?: number; dir?: string } = {}): Promise<RunningRedis> {
  port ??= await freePort();
  const persistence = dir ? ["--dir", dir, "--dbfilename", "dump.rdb"] : [];
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory", "128mb", "--maxmemory-policy", "volatile-lru", ...persistence],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await listening(port)) return { url: `redis://127.0.0.1:${port}`, port, child, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error("redis-server did not start");
}
