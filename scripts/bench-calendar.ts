import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { DISTURBED_SHARE, loadAverage, machineInfo, othersCpuFromNow, roundShare } from "./bench/machine";
import { errorText, startLoad, tally, type AutocannonResult } from "./bench/load";
import { positiveNumber } from "./bench/options";
import { ms, percent, printTable, writeResults } from "./bench/report";
import { drain, runBenchmark, serverLogTail, startServer, stopServer } from "./bench/server";
import { assertRepositoryRoot, benchEnv, buildIfNeeded, freshDatabase } from "./bench/setup";
import { latencySummary } from "./bench/stats";

/**
 * npm run bench:calendar [-- --duration 10 --warmup 3 --connections 20 --events 10000 --build]
 *
 * Load test of the public calendar against a production build:
 *  1. a fresh database data/bench.db (migrated, Mainz demo + N generated published events),
 *  2. `next build` unless .next/BUILD_ID exists (or --build is given),
 *  3. `next start` on a free port with that database,
 *  4. autocannon against the floors — /api/health/live (a route: the framework plus one trivial query)
 *     and /bench/floor (a bare page with one trivial query, on with BENCH_FLOOR=1) — and the
 *     calendar's pages (compared with the floor page), feed and API (with the floor route), each
 *     after a warm-up,
 *  5. a table (req/s, p50, p95, errors, share of the floor's throughput), the aims, and a JSON file
 *     under bench-results/.
 * The server is stopped in every case (also on errors and Ctrl+C). Run from the repository root.
 * See docs/benchmarks.md.
 */


// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    events: { type: "string", default: "10000" },
    build: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench:calendar [-- options]
  --duration S     seconds measured per target (default 10)
  --warmup S       seconds of warm-up per target, not measured (default 3; 0 = none)
  --connections N  concurrent connections (default 20)
  --events N       generated events in the bench database (default 10000)
  --build          run \`next build\` even if .next/BUILD_ID exists`);
  process.exit(0);
}

const options = {
  duration: positiveNumber("duration", args.duration),
  warmup: positiveNumber("warmup", args.warmup, { allowZero: true }),
  connections: positiveNumber("connections", args.connections, { integer: true }),
  events: positiveNumber("events", args.events, { integer: true, allowZero: true }),
  build: args.build,
};

const AIM_SHARE_OF_FLOOR = 1;
/** Targets compared with the floor page; the others with the floor route. */
const PAGES = new Set(["list page", "search", "event page"]);
const AIM_P95_MS = 100;

const DB_FILE = "data/bench.db";
const DATABASE_URL = `file:./${DB_FILE}`;

// ---------------------------------------------------------------------------------------------
// Measurement

type Target = { name: string; path: string };

type Probe = { status: number; bytes: number; contentType: string | null; cacheControl: string | null; nextCache: string | null };

type TargetResult = Target & {
  probe: Probe;
  loadAverageBefore: number;
  othersCpuShare: number | null;
  requestsPerSecond: number;
  completed: number;
  durationSeconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  nonTwoxx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  errorMessages: Record<string, number>;
  autocannonLatency: { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number };
  shareOfFloor?: number;
};

async function probe(url: string): Promise<Probe> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    bytes: body.byteLength,
    contentType: response.headers.get("content-type"),
    cacheControl: response.headers.get("cache-control"),
    nextCache: response.headers.get("x-nextjs-cache"),
  };
}

/**
 * One autocannon run. Every response time is kept (not only autocannon's HDR summary, which has no
 * p95), so p50/p95 are exact nearest-rank percentiles over all responses of the run.
 */
async function cannon(url: string, duration: number): Promise<{ result: AutocannonResult; latencies: number[]; errorMessages: Record<string, number> }> {
  const latencies: number[] = [];
  const errorMessages: Record<string, number> = {};
  const { instance, result } = startLoad({ url, connections: options.connections, duration, timeout: 30 });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  instance.on("reqError", (error) => tally(errorMessages, errorText(error)));
  return { result: await result, latencies, errorMessages };
}

async function measure(base: string, target: Target): Promise<TargetResult> {
  const url = `${base}${target.path}`;
  const loadAverageBefore = loadAverage();
  console.log(`\n${target.name}: ${target.path}`);
  const first = await probe(url);
  console.log(`  probe: HTTP ${first.status}, ${first.bytes} bytes, ${first.contentType ?? "-"}${first.nextCache ? `, x-nextjs-cache ${first.nextCache}` : ""}`);
  if (first.status < 200 || first.status >= 300) console.warn(`  WARNING: the probe answered ${first.status}; the run will count non-2xx responses.`);
  if (options.warmup > 0) {
    process.stdout.write(`  warm-up ${options.warmup} s … `);
    await cannon(url, options.warmup);
    process.stdout.write(`done (drained in ${((await drain(base)) / 1000).toFixed(1)} s)\n`);
  }
  process.stdout.write(`  measuring ${options.duration} s with ${options.connections} connections … `);
  const othersCpuUntilNow = othersCpuFromNow();
  const { result, latencies, errorMessages } = await cannon(url, options.duration);
  const othersCpu = othersCpuUntilNow();
  const drainMs = await drain(base);
  const completed = latencies.length;
  const { p50, p95, p99, max } = latencySummary(latencies);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const measured: TargetResult = {
    ...target,
    probe: first,
    loadAverageBefore,
    othersCpuShare: roundShare(othersCpu),
    requestsPerSecond: completed / result.duration,
    completed,
    durationSeconds: result.duration,
    p50,
    p95,
    p99,
    max,
    nonTwoxx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    errorMessages,
    autocannonLatency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
  };
  process.stdout.write(`${completed} responses, ${measured.requestsPerSecond.toFixed(1)} req/s, p95 ${ms(measured.p95)} ms (drained in ${(drainMs / 1000).toFixed(1)} s; other processes' CPU during the run: ${percent(othersCpu)})\n`);
  if (measured.nonTwoxx > 0 || measured.errors > 0) {
    console.warn(`  non-2xx: ${measured.nonTwoxx}, errors: ${measured.errors} (timeouts ${measured.timeouts})`);
    console.warn(`  status codes: ${JSON.stringify(statusCodes)}`);
    if (Object.keys(errorMessages).length > 0) console.warn(`  error messages: ${JSON.stringify(errorMessages)}`);
  }
  return measured;
}

/** Slug of a published upcoming event, as the public API lists it (first entry). */
async function pickEventSlug(base: string): Promise<string> {
  // A training, not a supervision group (whose calendar address redirects to /supervision/…).
  const response = await fetch(`${base}/api/v1/events?format=fortbildung&proSeite=1`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`/api/v1/events?format=fortbildung&proSeite=1 answered ${response.status}.`);
  const body = (await response.json()) as { data?: { slug?: string }[] };
  const slug = body.data?.[0]?.slug;
  if (!slug) throw new Error("The bench database has no upcoming published event (empty /api/v1/events).");
  return slug;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  assertRepositoryRoot("bench:calendar");
  const machine = machineInfo();
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}`);
  console.log(`Settings: ${options.connections} connections, warm-up ${options.warmup} s, ${options.duration} s per target, ${options.events} generated events`);

  // 1. Fresh database. 2. Production build. 3. Server.
  const env = benchEnv(DATABASE_URL);
  freshDatabase(DB_FILE, env, ["--events", String(options.events)]);
  buildIfNeeded(options.build, env);
  // The pages with forms need a secret (the form tokens); a random one per run.
  const secret = randomBytes(32).toString("hex");
  const { base } = await startServer((port) => ({ ...env, PUBLIC_URL: `http://localhost:${port}`, PORT: String(port), APP_SECRET: secret, BENCH_FLOOR: "1" }));

  // 4. Targets.
  const slug = await pickEventSlug(base);
  const targets: Target[] = [
    { name: "floor route /api/health/live", path: "/api/health/live" },
    { name: "floor page /bench/floor", path: "/bench/floor" },
    { name: "list page", path: "/veranstaltungen" },
    { name: "search", path: "/veranstaltungen?q=trauma&format=fortbildung&frei=1" },
    { name: "event page", path: `/veranstaltungen/${encodeURIComponent(slug)}` },
    { name: "feed .ics", path: "/kalender.ics?format=fortbildung" },
    { name: "API list", path: "/api/v1/events" },
  ];
  const results: TargetResult[] = [];
  for (const target of targets) results.push(await measure(base, target));

  await stopServer();

  // 5. Report.
  // Pages against the floor page, the feed and the API against the floor route (issue "Speed").
  const floorRoute = results[0].requestsPerSecond;
  const floorPage = results[1].requestsPerSecond;
  for (const r of results.slice(2)) {
    const floor = PAGES.has(r.name) ? floorPage : floorRoute;
    r.shareOfFloor = floor > 0 ? r.requestsPerSecond / floor : undefined;
  }

  console.log(`\nResults (${options.connections} connections, ${options.duration} s per target after ${options.warmup} s warm-up; ` + `p50/p95 are exact percentiles over every response of the measured run)`);
  console.log(`Machine: ${machine.cpus} CPUs, Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
  printTable(
    ["target", "responses", "req/s", "p50 ms", "p95 ms", "non-2xx", "errors", "vs floor", "others' CPU"],
    results.map((r) => [
      r.name,
      String(r.completed),
      r.requestsPerSecond.toFixed(1),
      ms(r.p50),
      ms(r.p95),
      String(r.nonTwoxx),
      String(r.errors),
      r.shareOfFloor === undefined ? "-" : percent(r.shareOfFloor),
      percent(r.othersCpuShare),
    ]),
  );
  console.log(`"others' CPU": share of the machine's CPU taken by processes other than this benchmark and its server during the run.`);
  const disturbed = results.filter((r) => (r.othersCpuShare ?? 0) > DISTURBED_SHARE);
  if (disturbed.length > 0) {
    console.log(`WARNING: other processes took more than ${DISTURBED_SHARE * 100} % of the CPU during: ${disturbed.map((r) => r.name).join(", ")}. Those figures are lower than the machine can do; run again on a quiet machine.`);
  }

  const aims = [
    ...results.slice(2).map((r) => {
      const floor = PAGES.has(r.name) ? "floor page" : "floor route";
      return { aim: `${r.name} ≥ ${AIM_SHARE_OF_FLOOR * 100} % of the ${floor}'s req/s`, actual: `${((r.shareOfFloor ?? 0) * 100).toFixed(0)} %`, holds: (r.shareOfFloor ?? 0) >= AIM_SHARE_OF_FLOOR };
    }),
    ...results.map((r) => ({ aim: `${r.name}: p95 < ${AIM_P95_MS} ms`, actual: Number.isNaN(r.p95) ? "no response completed" : `${r.p95.toFixed(1)} ms`, holds: r.p95 < AIM_P95_MS })),
  ];
  const failedRequests = results.reduce((sum, r) => sum + r.nonTwoxx + r.errors, 0);

  console.log("\nAims:");
  for (const a of aims) console.log(`  ${a.holds ? "holds " : "MISSED"}  ${a.aim} (${a.actual})`);
  console.log(failedRequests === 0 ? "\nAll responses were 2xx, no connection errors." : `\nWARNING: ${failedRequests} non-2xx responses or errors (see above).`);
  if (failedRequests > 0 && serverLogTail()) console.log(`\nLast lines of the server's output:\n${serverLogTail()}`);

  writeResults("calendar", {
    machine,
    settings: { ...options, database: DATABASE_URL, eventSlug: slug },
    percentileMethod: "exact nearest-rank over every response time of the measured run (ms)",
    results,
    aims,
    allResponsesOk: failedRequests === 0,
  });
  if (failedRequests > 0) process.exitCode = 1;
}

runBenchmark(main);
