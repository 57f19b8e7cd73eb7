import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { serverProcessGroup } from "./server";

/** The machine and its load: other processes on a shared machine lower the figures; the reports say so. */

/** Above this share of CPU taken by other processes during a measurement, its figures are flagged. */
export const DISTURBED_SHARE = 0.1;

export function loadAverage() {
  return Number(os.loadavg()[0].toFixed(2));
}

export function machineInfo() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: loadAverage(),
  };
}

type CpuSnapshot = { total: number; busy: number; ours: number; server: number };

/**
 * CPU time (Linux /proc, in clock ticks) of the whole machine and of this benchmark (this process
 * and the server's process group). The difference shows how much other processes took during a
 * run: on a shared machine that disturbs the figures. Null where /proc is not available.
 */
function cpuSnapshot(): CpuSnapshot | null {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    const serverGroup = serverProcessGroup();
    let ours = 0;
    let server = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // Exited meanwhile.
      }
      // After "pid (comm) ": state, ppid, pgrp, …, utime (14th field of the line), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pgrp = Number(fields[2]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (serverGroup !== null && pgrp === serverGroup) server += ticks;
      if (Number(entry) === process.pid || (serverGroup !== null && pgrp === serverGroup)) ours += ticks;
    }
    return { total: busy + idle + iowait, busy, ours, server };
  } catch {
    return null;
  }
}

/** Share of all CPU capacity used by other processes between two snapshots (0–1), or null. */
function othersCpuShare(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, others / (after.total - before.total));
}

/** Measures how much of the CPU other processes take from now until the returned function is called. */
export function othersCpuFromNow(): () => number | null {
  const before = cpuSnapshot();
  return () => othersCpuShare(before, cpuSnapshot());
}

// Linux counts process CPU time in clock ticks of 10 ms (USER_HZ 100 on every common build).
const MS_PER_TICK = 10;

/**
 * CPU time the server's processes use from now until the returned function is called, in ms, or
 * null. Divided by the requests served it is the server's cost per request: other processes on a
 * shared machine disturb it far less than requests per second (they take turns, not work).
 */
export function serverCpuMsFromNow(): () => number | null {
  const before = cpuSnapshot();
  return () => {
    const after = cpuSnapshot();
    return before && after ? (after.server - before.server) * MS_PER_TICK : null;
  };
}

/** A share rounded to three decimals for the JSON file (null stays null). */
export function roundShare(share: number | null): number | null {
  return share === null ? null : Number(share.toFixed(3));
}
