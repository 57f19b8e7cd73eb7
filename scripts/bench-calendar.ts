import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { EventEmitter } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * npm run bench:calendar [-- --duration 10 --warmup 3 --connections 20 --events 10000 --build]
 *
 * Load test of the public calendar against a production build:
 *  1. a fresh database data/bench.db (migrated, Mainz demo + N generated published events),
 *  2. `next build` unless .next/BUILD_ID exists (or --build is given),
 *  3. `next start` on a free port with that database,
 *  4. autocannon against the floor (/api/health: the framework plus one trivial query) and the
 *     calendar's pages, feed and API, each after a warm-up,
 *  5. a table (req/s, p50, p95, errors, share of the floor's throughput), the aims, and a JSON file
 *     under bench-results/.
 * The server is stopped in every case (also on errors and Ctrl+C). Run from the repository root.
 * See docs/benchmarks.md.
 */

// ---------------------------------------------------------------------------------------------
// autocannon has no type declarations; this is the part of its API the script uses.

type HistogramSummary = {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  total: number;
  p2_5: number;
  p50: number;
  p75: number;
  p90: number;
  p97_5: number;
  p99: number;
};

type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: HistogramSummary;
  requests: HistogramSummary & { sent: number };
  throughput: HistogramSummary;
};

type AutocannonInstance = EventEmitter & { stop(): void };

type Autocannon = (
  opts: { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

// Resolved from the project's node_modules (the script always runs from the repository root).
const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));

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

function positiveNumber(name: string, raw: string, { integer = false, allowZero = false } = {}): number {
  const n = Number(raw);
  const ok = Number.isFinite(n) && (allowZero ? n >= 0 : n > 0) && (!integer || Number.isInteger(n));
  if (!ok) {
    console.error(`--${name} braucht eine ${integer ? "ganze " : ""}Zahl ${allowZero ? "≥ 0" : "> 0"} (bekommen: ${raw}).`);
    process.exit(2);
  }
  return n;
}

const options = {
  duration: positiveNumber("duration", args.duration),
  warmup: positiveNumber("warmup", args.warmup, { allowZero: true }),
  connections: positiveNumber("connections", args.connections, { integer: true }),
  events: positiveNumber("events", args.events, { integer: true, allowZero: true }),
  build: args.build,
};

const AIM_SHARE_OF_FLOOR = 0.4;
const AIM_P95_MS = 100;
/** Above this share of CPU taken by other processes during a run, its figures are flagged. */
const DISTURBED_SHARE = 0.1;

const DB_FILE = "data/bench.db";
const DATABASE_URL = `file:./${DB_FILE}`;

// ---------------------------------------------------------------------------------------------
// Child processes: seed and build run to completion; the server is stopped in every case.

let server: ChildProcess | null = null;
let serverExited = false;
let serverExit = "";
const serverLog: string[] = [];

function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n> ${label}: ${command} ${commandArgs.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}).`);
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function keepServerOutput(chunk: Buffer) {
  for (const line of chunk.toString().split("\n")) {
    if (!line.trim()) continue;
    serverLog.push(line);
    if (serverLog.length > 200) serverLog.shift();
  }
}

function startServer(port: number, env: NodeJS.ProcessEnv) {
  // Own process group, so that npx and the Next.js process it starts are stopped together.
  const child = spawn("npx", ["next", "start", "-p", String(port)], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", keepServerOutput);
  child.stderr?.on("data", keepServerOutput);
  child.on("exit", (code, signal) => {
    serverExited = true;
    serverExit = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  server = child;
  return child;
}

function signalServer(signal: NodeJS.Signals) {
  if (!server?.pid || serverExited) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopServer() {
  if (!server?.pid || serverExited) return;
  signalServer("SIGTERM");
  const deadline = Date.now() + 5000;
  while (!serverExited && Date.now() < deadline) await sleep(100);
  if (!serverExited) signalServer("SIGKILL");
}

let interrupted = false;
// Last line of defence (uncaught errors, process.exit): synchronous kill of the whole group.
process.on("exit", () => signalServer("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server …`);
    currentRun?.stop();
    void stopServer().finally(() => process.exit(130));
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

async function waitForHealth(base: string, timeoutMs = 90_000, requestTimeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`next start ended (${serverExit}) before /api/health answered.`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(requestTimeoutMs) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s.`);
}

/**
 * After a run the server still works through the requests that were in flight when autocannon
 * closed its connections. Wait until a health request gets through, so that this backlog does not
 * count against the next run.
 */
async function drain(base: string) {
  const started = Date.now();
  await waitForHealth(base, 300_000, 60_000);
  await sleep(500);
  return Date.now() - started;
}

function loadAverage() {
  return Number(os.loadavg()[0].toFixed(2));
}

type CpuSnapshot = { total: number; busy: number; ours: number };

/**
 * CPU time (Linux /proc, in clock ticks) of the whole machine and of this benchmark (this process
 * and the server's process group). The difference shows how much other processes took during a
 * run: on a shared machine that disturbs the figures. Null where /proc is not available.
 */
function cpuSnapshot(): CpuSnapshot | null {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    let ours = 0;
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
      if (Number(entry) === process.pid || (server?.pid !== undefined && pgrp === server.pid)) ours += Number(fields[11]) + Number(fields[12]);
    }
    return { total: busy + idle + iowait, busy, ours };
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

let currentRun: AutocannonInstance | null = null;

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

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
function cannon(url: string, duration: number) {
  const autocannon = requireFromRoot("autocannon") as Autocannon;
  const latencies: number[] = [];
  const errorMessages: Record<string, number> = {};
  return new Promise<{ result: AutocannonResult; latencies: number[]; errorMessages: Record<string, number> }>((resolve, reject) => {
    const instance = autocannon({ url, connections: options.connections, duration, timeout: 30 }, (err, result) => {
      currentRun = null;
      if (err) reject(err);
      else resolve({ result, latencies, errorMessages });
    });
    currentRun = instance;
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
    instance.on("reqError", (error: Error) => {
      const key = error?.message || String(error);
      errorMessages[key] = (errorMessages[key] ?? 0) + 1;
    });
  });
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
  const cpuBefore = cpuSnapshot();
  const { result, latencies, errorMessages } = await cannon(url, options.duration);
  const othersCpu = othersCpuShare(cpuBefore, cpuSnapshot());
  const drainMs = await drain(base);
  const sorted = latencies.sort((a, b) => a - b);
  const completed = sorted.length;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const measured: TargetResult = {
    ...target,
    probe: first,
    loadAverageBefore,
    othersCpuShare: othersCpu === null ? null : Number(othersCpu.toFixed(3)),
    requestsPerSecond: completed / result.duration,
    completed,
    durationSeconds: result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
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
  const response = await fetch(`${base}/api/v1/events?proSeite=1`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`/api/v1/events?proSeite=1 answered ${response.status}.`);
  const body = (await response.json()) as { data?: { slug?: string }[] };
  const slug = body.data?.[0]?.slug;
  if (!slug) throw new Error("The bench database has no upcoming published event (empty /api/v1/events).");
  return slug;
}

// ---------------------------------------------------------------------------------------------
// Output

function pad(value: string, width: number, left = false) {
  return left ? value.padEnd(width) : value.padStart(width);
}

function percent(share: number | null | undefined) {
  return share === null || share === undefined ? "n/a" : `${(share * 100).toFixed(0)} %`;
}

function ms(value: number) {
  return Number.isNaN(value) ? "n/a" : value.toFixed(1);
}

function printTable(results: TargetResult[]) {
  const header = ["target", "responses", "req/s", "p50 ms", "p95 ms", "non-2xx", "errors", "vs floor", "others' CPU"];
  const rows = results.map((r) => [
    r.name,
    String(r.completed),
    r.requestsPerSecond.toFixed(1),
    ms(r.p50),
    ms(r.p95),
    String(r.nonTwoxx),
    String(r.errors),
    r.shareOfFloor === undefined ? "-" : percent(r.shareOfFloor),
    percent(r.othersCpuShare),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], i === 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

function git(argsList: string[]): string | null {
  const result = spawnSync("git", argsList, { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync("package.json") || !existsSync("scripts/seed.ts")) {
    throw new Error("Run from the repository root (npm run bench:calendar).");
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: loadAverage(),
  };
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}`);
  console.log(`Settings: ${options.connections} connections, warm-up ${options.warmup} s, ${options.duration} s per target, ${options.events} generated events`);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" };
  delete baseEnv.DATABASE_AUTH_TOKEN;

  // 1. Fresh database.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  run("seed", "npx", ["tsx", "scripts/seed.ts", "--events", String(options.events)], baseEnv);

  // 2. Production build.
  if (options.build || !existsSync(".next/BUILD_ID")) {
    run("build", "npx", ["next", "build"], baseEnv);
  } else {
    console.log("\n> build: .next/BUILD_ID exists, using the existing production build (--build forces a new one).");
  }

  // 3. Server.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverEnv: NodeJS.ProcessEnv = { ...baseEnv, PUBLIC_URL: `http://localhost:${port}`, PORT: String(port) };
  console.log(`\n> server: npx next start -p ${port}`);
  startServer(port, serverEnv);
  const startedAt = Date.now();
  await waitForHealth(base);
  console.log(`  /api/health answered 200 after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  // 4. Targets.
  const slug = await pickEventSlug(base);
  const targets: Target[] = [
    { name: "floor /api/health", path: "/api/health" },
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
  const floor = results[0].requestsPerSecond;
  for (const r of results.slice(1)) r.shareOfFloor = floor > 0 ? r.requestsPerSecond / floor : undefined;

  console.log(`\nResults (${options.connections} connections, ${options.duration} s per target after ${options.warmup} s warm-up; ` + `p50/p95 are exact percentiles over every response of the measured run)`);
  console.log(`Machine: ${machine.cpus} CPUs, Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
  printTable(results);
  console.log(`"others' CPU": share of the machine's CPU taken by processes other than this benchmark and its server during the run.`);
  const disturbed = results.filter((r) => (r.othersCpuShare ?? 0) > DISTURBED_SHARE);
  if (disturbed.length > 0) {
    console.log(`WARNING: other processes took more than ${DISTURBED_SHARE * 100} % of the CPU during: ${disturbed.map((r) => r.name).join(", ")}. Those figures are lower than the machine can do; run again on a quiet machine.`);
  }

  const byName = (name: string) => results.find((r) => r.name === name)!;
  const aims = [
    ...["list page", "event page"].map((name) => {
      const r = byName(name);
      return { aim: `${name} ≥ ${AIM_SHARE_OF_FLOOR * 100} % of the floor's req/s`, actual: `${((r.shareOfFloor ?? 0) * 100).toFixed(0)} %`, holds: (r.shareOfFloor ?? 0) >= AIM_SHARE_OF_FLOOR };
    }),
    ...results.map((r) => ({ aim: `${r.name}: p95 < ${AIM_P95_MS} ms`, actual: Number.isNaN(r.p95) ? "no response completed" : `${r.p95.toFixed(1)} ms`, holds: r.p95 < AIM_P95_MS })),
  ];
  const failedRequests = results.reduce((sum, r) => sum + r.nonTwoxx + r.errors, 0);

  console.log("\nAims:");
  for (const a of aims) console.log(`  ${a.holds ? "holds " : "MISSED"}  ${a.aim} (${a.actual})`);
  console.log(failedRequests === 0 ? "\nAll responses were 2xx, no connection errors." : `\nWARNING: ${failedRequests} non-2xx responses or errors (see above).`);
  if (failedRequests > 0 && serverLog.length > 0) console.log(`\nLast lines of the server's output:\n${serverLog.slice(-40).join("\n")}`);

  const timestamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join("bench-results", `calendar-${timestamp}.json`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: git(["rev-parse", "--short", "HEAD"]),
        machine,
        settings: { ...options, database: DATABASE_URL, eventSlug: slug },
        percentileMethod: "exact nearest-rank over every response time of the measured run (ms)",
        results,
        aims,
        allResponsesOk: failedRequests === 0,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten: ${file}`);
  if (failedRequests > 0) process.exitCode = 1;
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  if (serverLog.length > 0) console.error(`\nLast lines of the server's output:\n${serverLog.slice(-40).join("\n")}`);
  await stopServer();
  process.exit(1);
});
