import fs from "node:fs";

/** CPU time (user + system, ms) of a process and its descendants so far; 0 without a process (Linux /proc). */
export function treeCpuMs(rootPid: number | undefined): number {
  if (!rootPid) return 0;
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name: state, ppid, … utime (14th) and stime (15th), in clock ticks (100 Hz).
      const fields = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += stats.get(pid)?.ms ?? 0;
    for (const [child, { ppid }] of stats) if (ppid === pid) stack.push(child);
  }
  return total;
}

/** The one-minute load average, as `uptime` prints it first. */
export const loadAverage = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
