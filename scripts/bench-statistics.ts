import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Client, InStatement } from "@libsql/client";
import { loadAverage, machineInfo } from "./bench/machine";
import { positiveNumber } from "./bench/options";
import { ms, printTable, writeResults } from "./bench/report";
import { optionalBuilder, toBytes } from "./bench/statistics/report-builders";
import { seedStatisticsYear } from "./bench/statistics/year-data";
import { latencySummary, type LatencySummary } from "./bench/stats";

/**
 * npm run bench:statistics [-- --events 10000 --registrations 200000 --runs 20 --plans]
 *
 * The statistics for a full year on a large database, in-process (no server):
 *  1. a fresh database /tmp/bench-statistics.db: migrations, the Mainz demo (reference data and the
 *     demo accounts), then a whole calendar year (last year in Berlin, so every event lies in the
 *     past) with N events and M registrations, attendance, certificates and feedback,
 *  2. p50/p95 over `runs` runs (after one warm-up run) of: the office's statistics for that year
 *     (statisticsFor, lib/statistics/figures.ts), the XLSX and the PDF of the funding report built
 *     from them (when lib/statistics/report-xlsx.ts and report-pdf.ts exist), and the page's data
 *     path for a partner organisation,
 *  3. with --plans: EXPLAIN QUERY PLAN of every statement statisticsFor runs,
 *  4. a table, `uptime` before and after, and a JSON file under bench-results/.
 * The app's modules import "server-only"; the npm script runs tsx with `--conditions react-server`.
 * See docs/bench-statistics.md.
 */

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    registrations: { type: "string", default: "200000" },
    runs: { type: "string", default: "20" },
    plans: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench:statistics [-- options]
  --events N         events of the benchmark year (default 10000)
  --registrations N  registrations among them (default 200000)
  --runs N           measured runs per target, after one warm-up run (default 20)
  --plans            print the query plan and the time of every statement of statisticsFor`);
  process.exit(0);
}

const options = {
  events: positiveNumber("events", args.events, { integer: true }),
  registrations: positiveNumber("registrations", args.registrations, { integer: true }),
  runs: positiveNumber("runs", args.runs, { integer: true }),
  plans: args.plans,
};

const DB_FILE = "/tmp/bench-statistics.db";
const DATABASE_URL = `file:${DB_FILE}`;
// Before any app module is imported: db/client.ts opens DATABASE_URL when it is first loaded.
process.env.DATABASE_URL = DATABASE_URL;
delete process.env.DATABASE_AUTH_TOKEN;

function uptime(label: string) {
  let text: string;
  try {
    text = execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    text = `load average ${loadAverage()}`;
  }
  console.log(`uptime ${label}: ${text}`);
  return text;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

type Measured = { target: string; summary: LatencySummary | null; note: string };

async function measure(target: string, runs: number, work: () => Promise<string>): Promise<Measured> {
  const note = await work(); // Warm-up, not measured: module loading, statement preparation.
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const summary = latencySummary(times);
  console.log(`  ${target}: p50 ${ms(summary.p50)} ms, p95 ${ms(summary.p95)} ms (${note})`);
  return { target, summary, note };
}

/** Records the statements run through the app's client, to show their query plans afterwards. */
function recordStatements(client: Client) {
  const seen = new Map<string, InStatement>();
  const execute = client.execute.bind(client) as (stmt: InStatement) => ReturnType<Client["execute"]>;
  (client as { execute: unknown }).execute = (stmt: InStatement) => {
    const text = typeof stmt === "string" ? stmt : stmt.sql;
    if (!seen.has(text)) seen.set(text, stmt);
    return execute(stmt);
  };
  return {
    statements: () => [...seen.values()],
    restore: () => ((client as { execute: unknown }).execute = execute),
  };
}

async function printPlans(client: Client, statements: InStatement[]) {
  console.log("\nQuery plans of statisticsFor (EXPLAIN QUERY PLAN):");
  for (const stmt of statements) {
    const text = typeof stmt === "string" ? stmt : stmt.sql;
    const stmtArgs = typeof stmt === "string" ? [] : stmt.args;
    const plan = await client.execute({ sql: `explain query plan ${text}`, args: stmtArgs } as InStatement);
    const started = performance.now();
    await client.execute(stmt);
    const took = performance.now() - started;
    console.log(`\n--- ${ms(took)} ms once: ${text.replace(/\s+/g, " ").trim().slice(0, 160)}…`);
    for (const row of plan.rows) console.log(`  ${" ".repeat(Number(row.parent) === 0 ? 0 : 2)}${row.detail}`);
  }
}

async function main() {
  const machine = machineInfo();
  const before = uptime("before");
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}`);
  console.log(`Settings: ${options.events} events, ${options.registrations} registrations, ${options.runs} runs per target, database ${DATABASE_URL}`);

  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  const { db } = await import("@/db/client");
  const { applyMigrations } = await import("@/db/migrate");
  const { seedDemo } = await import("@/db/seed/demo");
  const { localParts } = await import("@/lib/dates/berlin");
  const client = db.$client;

  console.log("\n> database");
  const seedStarted = performance.now();
  await timed("migrations", () => applyMigrations(db, client, DATABASE_URL));
  await timed("Mainz demo (reference data, accounts)", () => seedDemo(db));
  const year = localParts(new Date()).year - 1;
  const counts = await timed(`year ${year}`, () => seedStatisticsYear(client, { year, events: options.events, registrations: options.registrations }));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  console.log(
    `  ${counts.events} events, ${counts.sessions} sessions, ${counts.registrations} registrations, ${counts.marks} attendance marks, ` +
      `${counts.certificates} certificates, ${counts.feedback} feedback answers (seeding ${seedSeconds.toFixed(1)} s in all)`,
  );
  console.log(`  year ${year} in detail: ${counts.timings}`);

  const { loadActor } = await import("@/lib/auth/actor");
  const { statisticsFilterFor } = await import("@/lib/statistics/filter");
  const { statisticsFor } = await import("@/lib/statistics/figures");
  const { demoAccounts } = await import("@/db/seed/accounts");
  const actorFor = async (email: string) => {
    const row = await client.execute({ sql: "select id, session_version from accounts where email = ?", args: [email] });
    const actor = row.rows[0] ? await loadActor(Number(row.rows[0].id), Number(row.rows[0].session_version)) : null;
    if (!actor) throw new Error(`The demo account ${email} is missing.`);
    return actor;
  };
  const office = await actorFor(demoAccounts.find((a) => a.role === "coordinator")!.email);
  const partner = await actorFor(demoAccounts.find((a) => a.role === "org_admin")!.email);
  const query = { jahr: String(year) };
  const officeFilter = statisticsFilterFor(office, query).filter;
  const partnerFilter = statisticsFilterFor(partner, query).filter;

  const officeStats = await statisticsFor(office, officeFilter);
  const totals = officeStats.totals;
  console.log(
    `\nFigures for ${officeFilter.period.label} (office): ${totals.eventsHeld} events held, ${totals.registrations} registrations, ${totals.attended} attended, ` +
      `${totals.distinctVolunteers} distinct volunteers, ${totals.certificatesIssued} certificates, ${totals.feedback.answers} feedback answers` +
      (totals.eventsHeld === 0 ? " — all zeros: lib/statistics/figures.ts is still the placeholder" : ""),
  );

  console.log(`\n> measuring (${options.runs} runs each after one warm-up run)`);
  const results: Measured[] = [];
  results.push(await measure("page data, office (statisticsFor)", options.runs, async () => `${(await statisticsFor(office, officeFilter)).events.length} event rows`));
  // As the download without free texts (lib/statistics/report.ts): no comments, made now.
  const reportOptions = { generatedAt: new Date() };
  for (const [target, specifier, name] of [
    ["XLSX (statisticsWorkbook)", "@/lib/statistics/report-xlsx", "statisticsWorkbook"],
    ["PDF (statisticsReportPdf)", "@/lib/statistics/report-pdf", "statisticsReportPdf"],
  ] as const) {
    const build = await optionalBuilder(specifier, name);
    if (!build) {
      console.log(`  ${target}: not available (${specifier} or its export ${name} is missing)`);
      results.push({ target, summary: null, note: "not available" });
      continue;
    }
    // The download's path: the figures, then the file (the office's statistics for the year).
    results.push(await measure(`${target} incl. statisticsFor`, options.runs, async () => `${(await toBytes(build((await statisticsFor(office, officeFilter)) as never, reportOptions))).length} bytes`));
  }
  results.push(await measure(`page data, partner (${partner.organisationName})`, options.runs, async () => `${(await statisticsFor(partner, partnerFilter)).events.length} event rows`));

  if (options.plans) {
    const recorder = recordStatements(client);
    await statisticsFor(office, officeFilter);
    recorder.restore();
    await printPlans(client, recorder.statements());
  }

  const after = uptime("after");
  console.log(
    `\nResults (${counts.events} events and ${counts.registrations} registrations in ${year}; exact nearest-rank percentiles over ${options.runs} runs})`,
  );
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
  printTable(
    ["target", "p50 ms", "p95 ms", "max ms", "aim", ""],
    results.map((r) => {
      const aim = r.target.startsWith("page") ? 300 : 2000;
      return [r.target, r.summary ? ms(r.summary.p50) : "n/a", r.summary ? ms(r.summary.p95) : "n/a", r.summary ? ms(r.summary.max) : "n/a", `< ${aim}`, r.summary ? (r.summary.p95 < aim ? "ok" : "MISSED") : r.note];
    }),
  );

  writeResults("statistics", {
    machine: { ...machine, loadAverageAtEnd: loadAverage() },
    uptime: { before, after },
    settings: { ...options, database: DATABASE_URL, year },
    seeded: { ...counts, seconds: Number(seedSeconds.toFixed(1)) },
    officeTotals: totals,
    percentileMethod: "exact nearest-rank over the measured runs, ms (one warm-up run before)",
    results,
  });
  client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
