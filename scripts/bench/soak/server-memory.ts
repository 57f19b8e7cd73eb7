import { readdirSync, readFileSync } from "node:fs";

/**
 * The resident memory (VmRSS, MiB) of the server: the largest process of its process group (npx
 * starts `next start`, which is the one that serves). Linux only (/proc); null elsewhere or when
 * the group is gone.
 */
export function serverRssMiB(processGroup: number | null): number | null {
  if (processGroup === null) return null;
  let largest: number | null = null;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of entries) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the name (field 2) may hold spaces, so split after ")".
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== processGroup) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) largest = Math.max(largest ?? 0, Number(rss[1]) / 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return largest;
}
