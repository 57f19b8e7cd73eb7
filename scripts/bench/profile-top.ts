import { readFileSync } from "node:fs";

/**
 * npx tsx scripts/bench/profile-top.ts <file.cpuprofile> [N]
 *
 * The top N functions of a V8 CPU profile (written by `node --cpu-prof`, see BENCH_CPU_PROF in
 * scripts/bench/server.ts) by self time, with their share of all samples and where they live. Idle
 * time ("(idle)") is listed too: a server that waits for the database shows it there.
 */

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const [file, count = "15"] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx scripts/bench/profile-top.ts <file.cpuprofile> [N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<string, number>();
let totalMs = 0;
profile.samples.forEach((id, i) => {
  const node = byNode.get(id);
  if (!node) return;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  totalMs += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  // Paths shortened to the package or the app's chunk, so that the table stays readable.
  const where = url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next\//, ".next/");
  const key = `${functionName || "(anonymous)"}  ${where ? `${where}:${lineNumber + 1}` : ""}`.trim();
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
});
const rows = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(count));
console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled`);
for (const [key, ms] of rows) console.log(`${((ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
