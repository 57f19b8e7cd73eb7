import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadAverage, machineInfo } from "./bench/machine";
import { positiveNumber } from "./bench/options";
import { printTable, writeResults } from "./bench/report";
import { latencySummary } from "./bench/stats";
import { assertRepositoryRoot, benchEnv, freshDatabase } from "./bench/setup";

/**
 * npm run bench:queries [-- --events 10000 --runs 50 --reuse]
 *
 * The public calendar's queries in-process, without the cache (lib/cache/public-data-cache.ts is
 * emptied before every call), on data/bench.db with N generated events (the same database as
 * bench:calendar; --reuse keeps an existing one): the list page (page and count), a search, the
 * filter choices, one event's facts, and the feed of up to 1,000 events with its iCalendar text.
 * Prints exact p50/p95 per query and the aims (queries < 5 ms, feed < 100 ms), and the median CPU
 * time of the process per call: on a shared machine wall-clock times grow with the others' load,
 * CPU time much less, so it is the figure to compare between runs under different load.
 */

const { values: args } = parseArgs({
  options: { events: { type: "string", default: "10000" }, runs: { type: "string", default: "50" }, reuse: { type: "boolean", default: false } },
});
const options = { events: positiveNumber("events", args.events, { integer: true, allowZero: true }), runs: positiveNumber("runs", args.runs, { integer: true }) };
const DB_FILE = "data/bench.db";

async function main() {
  assertRepositoryRoot("bench:queries");
  const env = benchEnv(`file:./${DB_FILE}`);
  if (!args.reuse || !existsSync(DB_FILE)) freshDatabase(DB_FILE, env, ["--events", String(options.events)]);
  Object.assign(process.env, env);
  const machine = machineInfo();
  const q = await import("@/lib/events/public-queries");
  const { clearPublicDataCache } = await import("@/lib/cache/public-data-cache");
  const { buildCalendar } = await import("@/lib/events/ics");
  const now = new Date();
  const [first] = (await q.listPublicEvents({}, now)).entries;

  const targets: { name: string; aimMs: number; run: () => Promise<unknown> }[] = [
    { name: "list page (page + count)", aimMs: 5, run: () => q.listPublicEvents({}, now) },
    { name: "search ?q=trauma&format=fortbildung&frei=1", aimMs: 5, run: () => q.listPublicEvents({ q: "trauma", format: "fortbildung", frei: "1" }, now) },
    { name: "filter choices", aimMs: 5, run: () => q.listFilterOptions() },
    { name: "one event's facts", aimMs: 5, run: () => q.getEventFactsById(first.id) },
    { name: "feed: 1,000 events + iCalendar text", aimMs: 100, run: async () => buildCalendar(await q.listPublicEventsForFeed({}, now)) },
  ];
  const rows = [];
  for (const t of targets) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < options.runs + 3; i++) {
      clearPublicDataCache();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      await t.run();
      const cpu = process.cpuUsage(cpuBefore);
      // The first three warm up.
      if (i >= 3) {
        times.push(performance.now() - started);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
      }
    }
    const s = latencySummary(times);
    rows.push({ name: t.name, aimMs: t.aimMs, ...s, cpuP50: latencySummary(cpuTimes).p50, holds: s.p95 < t.aimMs });
  }
  console.log(`\n${options.runs} runs each, cache emptied before every run; machine ${machine.cpus} CPUs, Node ${machine.node}; load at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
  printTable(
    ["query", "p50 ms", "p95 ms", "max ms", "CPU p50 ms", "aim", ""],
    rows.map((r) => [r.name, r.p50.toFixed(2), r.p95.toFixed(2), r.max.toFixed(2), r.cpuP50.toFixed(2), `< ${r.aimMs} ms`, r.holds ? "holds" : "MISSED"]),
  );
  writeResults("queries", { machine: { ...machine, loadAverageAtEnd: loadAverage() }, settings: options, rows });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
