import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createClient, type Client } from "@libsql/client";
import { DISTURBED_SHARE, loadAverage, machineInfo } from "./bench/machine";
import { positiveNumber } from "./bench/options";
import { countsFor, settle, type BenchEvent } from "./bench/registrations/database";
import { floorRouteRun } from "./bench/registrations/floor-route-run";
import { httpRun } from "./bench/registrations/http-run";
import { ms, percent, printTable, writeResults } from "./bench/report";
import { runBenchmark, serverLogTail, startServer, stopServer } from "./bench/server";
import { assertRepositoryRoot, benchEnv, buildIfNeeded, freshDatabase } from "./bench/setup";

/**
 * npm run bench:registrations [-- --capacity 100 --registrations 1500 --duration 10 --connections 50 --warmup 2 --build]
 *
 * Load test of registrations against a production build, beside a floor measured in the same run:
 *  1. a fresh database data/bench-registrations.db (migrated, Mainz demo) with two published
 *     events of the same capacity: one for the HTTP run, one for warming up,
 *  2. `next build` unless .next/BUILD_ID exists (or --build is given),
 *  3. `next start` on a free port with that database, rate limits off, no mail sender in the server,
 *  4. autocannon: POST /api/v1/events/<slug>/registrations from N connections, a fresh e-mail
 *     address per request, --registrations in all, spread over the connections (autocannon's
 *     `amount`); the run ends when every one is answered, so every registration the server stored
 *     had its answer counted,
 *  5. the floor, in the same server run: POST /api/bench/floor (on with BENCH_FLOOR=1), a bare
 *     route handler of the same build that does one insert per request, from the same number of
 *     connections for --duration seconds,
 *  6. a table (registrations/s, exact p50/p95, autocannon's p97.5, errors, ratio HTTP/floor), the
 *     aims (≥ 50 % of the floor, p97.5 < 300 ms), the overbooking check (PASS/FAIL, exit code 1 on
 *     FAIL) and a JSON file under bench-results/.
 * The server is stopped in every case (also on errors and Ctrl+C). Run from the repository root.
 * See docs/bench-registrations.md.
 */

/** CPU ms per request, or "n/a" without /proc figures or requests. */
function cpuEach(cpuMs: number | null, requests: number): string {
  return cpuMs === null || requests === 0 ? "n/a" : (cpuMs / requests).toFixed(2);
}

// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    capacity: { type: "string", default: "100" },
    registrations: { type: "string", default: "1500" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "2" },
    build: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench:registrations [-- options]
  --capacity N     seats of the benchmark events (default 100)
  --registrations N  registrations sent in the measured HTTP run (default 1500)
  --duration S     seconds of the floor route's run (default 10)
  --connections N  concurrent HTTP connections (default 50)
  --warmup S       seconds of warm-up on a separate event, not measured (default 2; 0 = none)
  --build          run \`next build\` even if .next/BUILD_ID exists`);
  process.exit(0);
}

const options = {
  capacity: positiveNumber("capacity", args.capacity, { integer: true, allowZero: true }),
  registrations: positiveNumber("registrations", args.registrations, { integer: true }),
  duration: positiveNumber("duration", args.duration),
  connections: positiveNumber("connections", args.connections, { integer: true }),
  warmup: positiveNumber("warmup", args.warmup, { allowZero: true }),
  build: args.build,
};

const AIM_SHARE_OF_FLOOR = 0.5;
const AIM_P97_5_MS = 300;

const DB_FILE = "data/bench-registrations.db";
const DATABASE_URL = `file:./${DB_FILE}`;

// ---------------------------------------------------------------------------------------------
// The database: fresh file, demo seed, events of a known capacity (as e2e/support/test-db.ts).

async function insertEvent(client: Client, role: string, capacity: number): Promise<BenchEvent> {
  const id = randomUUID().slice(0, 8);
  const slug = `lasttest-anmeldungen-${role}-${id}`;
  const start = Date.now() + 14 * 24 * 3600 * 1000;
  const end = start + 2 * 3600 * 1000;
  const now = Date.now();
  const org = await client.execute("select id from organisations where slug = 'fluechtlingskoordination'");
  const format = await client.execute("select id from formats where slug = 'fortbildung'");
  const venue = await client.execute("select id from venues order by id limit 1");
  if (!org.rows[0] || !format.rows[0] || !venue.rows[0]) throw new Error("The seeded database lacks the organisation, format or venue the bench events need.");
  const inserted = await client.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values (?, ?, 'Veranstaltung für den Lasttest der Anmeldung.', 'Beschreibung', ?, ?, 'in_person', ?, ?, 0, 'published', 1, 0, ?, ?, ?, ?, ?) returning id`,
    args: [slug, `Lasttest Anmeldungen (${role})`, format.rows[0].id, org.rows[0].id, venue.rows[0].id, capacity, start, end, now, now, now],
  });
  const eventId = Number(inserted.rows[0].id);
  await client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?)", args: [eventId, start, end] });
  return { id: eventId, slug };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  assertRepositoryRoot("bench:registrations");
  const machine = machineInfo();
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}`);
  console.log(`Settings: capacity ${options.capacity}, ${options.connections} connections, ${options.registrations} registrations and ${options.duration} s of the floor measured, warm-up ${options.warmup} s`);

  const env = benchEnv(DATABASE_URL);

  // 1. Fresh database with the demo and two events of the same capacity.
  freshDatabase(DB_FILE, env);
  // The same client settings as the app (db/connect.ts): busy timeout 5 s.
  const client = createClient({ url: DATABASE_URL, timeout: 5000 });
  try {
    const httpEvent = await insertEvent(client, "http", options.capacity);
    const warmupEvent = await insertEvent(client, "aufwaermen", options.capacity);
    console.log(`  events (capacity ${options.capacity}): ${httpEvent.slug}, warm-up ${warmupEvent.slug}`);

    // 2. Production build.
    buildIfNeeded(options.build, env);

    // 3. Server: rate limits off, no mail sender (mails stay queued in the outbox), floor route on.
    const { base } = await startServer((port) => {
      const serverEnv: NodeJS.ProcessEnv = {
        ...env,
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        APP_SECRET: randomBytes(32).toString("hex"),
        REGISTRATION_RATE_LIMIT_PER_IP: "0",
        REGISTRATION_RATE_LIMIT_PER_EMAIL: "0",
        REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0",
        MAIL_SENDER_IN_SERVER: "0",
        BENCH_FLOOR: "1",
      };
      delete serverEnv.SMTP_URL;
      return serverEnv;
    });

    // 4. Registrations over HTTP.
    console.log("\n> HTTP");
    if (options.warmup > 0) {
      const warm = await httpRun(base, warmupEvent.slug, options.connections, { seconds: options.warmup }, "warm-up (not measured)");
      console.log(`    ${warm.created} registrations answered 202 of ${warm.sent}`);
    }
    const http = await httpRun(base, httpEvent.slug, options.connections, { registrations: options.registrations }, "measuring");
    console.log(`    ${http.created} registrations answered 202 of ${http.sent} sent, ${http.registrationsPerSecond.toFixed(1)}/s, p95 ${ms(http.latencyMs.p95)} ms`);
    if (http.errors > 0 || http.unanswered > 0) await settle(client, httpEvent.id);

    // 5. The floor route of the same server.
    console.log("\n> floor: POST /api/bench/floor, one insert per request");
    if (options.warmup > 0) await floorRouteRun(base, options.connections, Math.min(options.warmup, 1), "warm-up (not measured)");
    const floor = await floorRouteRun(base, options.connections, options.duration, "measuring");
    console.log(`  ${floor.inserts} inserts answered 201, ${floor.insertsPerSecond.toFixed(1)}/s, p95 ${ms(floor.latencyMs.p95)} ms`);
    await stopServer();

    // 6. Checks and report.
    const stored = await countsFor(client, httpEvent.id);
    const expectedConfirmed = Math.min(options.capacity, http.created);
    const checks = [
      { check: `confirmed ≤ capacity (${stored.confirmed} ≤ ${options.capacity})`, holds: stored.confirmed <= options.capacity },
      { check: `confirmed + waitlisted = 202 answers (${stored.confirmed} + ${stored.waitlisted} = ${http.created})`, holds: stored.confirmed + stored.waitlisted === http.created },
      { check: `every registration answered 202 (non-202: ${http.answered - http.created}, errors: ${http.errors}, timeouts: ${http.timeouts}, unanswered: ${http.unanswered})`, holds: http.created === http.sent && http.errors === 0 },
    ];
    const notes = [
      `seats filled: ${stored.confirmed} of ${options.capacity} (${expectedConfirmed} expected from ${http.created} registrations)`,
      `outbox mails and manage tokens of the HTTP event: ${stored.outbox} and ${stored.tokens} for ${stored.confirmed + stored.waitlisted} registrations`,
    ];
    const storedLive = stored.confirmed + stored.waitlisted;
    if (storedLive !== http.created && http.errors + http.unanswered > 0) {
      notes.push(
        `${storedLive - http.created} more registrations stored than answered 202: ${http.errors} requests failed on the client's side ` +
          `(timeouts ${http.timeouts}), which the server may still have stored; the figures of this run are not valid`,
      );
    }
    const ratio = floor.insertsPerSecond > 0 ? http.registrationsPerSecond / floor.insertsPerSecond : NaN;
    const pass = checks.every((c) => c.holds);

    console.log(`\nResults (capacity ${options.capacity}, ${options.registrations} registrations, the floor ${options.duration} s; p50/p95 are exact nearest-rank percentiles over every registration)`);
    console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
    printTable(
      ["", "registrations", "per second", "p50 ms", "p95 ms", "p99 ms", "errors", "others' CPU", "server CPU ms each"],
      [
        [
          `HTTP, ${options.connections} connections`,
          String(http.created),
          http.registrationsPerSecond.toFixed(1),
          ms(http.latencyMs.p50),
          ms(http.latencyMs.p95),
          ms(http.latencyMs.p99),
          String(http.answered - http.created + http.errors),
          percent(http.othersCpuShare),
          cpuEach(http.serverCpuMs, http.created),
        ],
        [
          `floor route, ${options.connections} connections`,
          String(floor.inserts),
          floor.insertsPerSecond.toFixed(1),
          ms(floor.latencyMs.p50),
          ms(floor.latencyMs.p95),
          ms(floor.latencyMs.p99),
          String(floor.errors + Object.entries(floor.statusCodes).filter(([code]) => code !== "201").reduce((n, [, c]) => n + c, 0)),
          percent(floor.othersCpuShare),
          cpuEach(floor.serverCpuMs, floor.inserts),
        ],
      ],
    );
    console.log(
      "server CPU ms each: the server's CPU time during the run per registration or insert; " +
        "load from other processes disturbs it far less than the rates",
    );
    console.log(`\nHTTP / floor: ${Number.isNaN(ratio) ? "n/a" : `${(ratio * 100).toFixed(1)} %`} of the floor route's inserts per second`);
    const aims = [
      { aim: `registrations ≥ ${AIM_SHARE_OF_FLOOR * 100} % of the floor route's inserts per second`, actual: `${(ratio * 100).toFixed(0)} %`, holds: ratio >= AIM_SHARE_OF_FLOOR },
      {
        aim: `registrations p97.5 < ${AIM_P97_5_MS} ms over every answer (autocannon)`,
        actual: `${http.autocannonLatencyMs.p97_5} ms`,
        holds: http.autocannonLatencyMs.p97_5 < AIM_P97_5_MS,
      },
      {
        aim: `registrations p97.5 < ${AIM_P97_5_MS} ms after each connection's first answer (exact)`,
        actual: `${ms(http.byConnection.laterAnswers.p97_5)} ms`,
        holds: http.byConnection.laterAnswers.p97_5 < AIM_P97_5_MS,
      },
    ];
    console.log("Aims:");
    for (const a of aims) console.log(`  ${a.holds ? "met   " : "missed"}  ${a.aim}: ${a.actual}`);
    console.log(`Floor route (autocannon): p50 ${floor.autocannonLatencyMs.p50} ms, p97.5 ${floor.autocannonLatencyMs.p97_5} ms`);
    // The first answer on each new connection includes the wait until the server accepts it (scripts/bench/first-answers.ts).
    console.log("Each connection's first answer, which includes waiting to be accepted (docs/bench-registrations.md):");
    for (const [label, run] of [["registrations", http], ["floor route  ", floor]] as const) {
      const { firstAnswers, laterAnswers } = run.byConnection;
      console.log(
        `  ${label}: ${firstAnswers.count} first answers p50 ${ms(firstAnswers.p50)} ms, max ${ms(firstAnswers.max)} ms; ` +
          `the ${laterAnswers.count} later answers p97.5 ${ms(laterAnswers.p97_5)} ms, max ${ms(laterAnswers.max)} ms`,
      );
    }
    console.log(
      `autocannon's own summary of the HTTP run (HDR histogram, no p95): ` +
        `p50 ${http.autocannonLatencyMs.p50} ms, p97.5 ${http.autocannonLatencyMs.p97_5} ms, p99 ${http.autocannonLatencyMs.p99} ms`,
    );
    if (http.answered - http.created > 0 || http.errors > 0) {
      console.log(`HTTP status codes: ${JSON.stringify(http.statusCodes)}`);
      console.log(`Errors and non-202 answers: ${JSON.stringify(http.errorMessages, null, 2)}`);
    }
    const disturbed = [http, floor].some((r) => (r.othersCpuShare ?? 0) > DISTURBED_SHARE);
    if (disturbed) console.log(`WARNING: other processes took more than ${DISTURBED_SHARE * 100} % of the CPU during a measurement; its figures are lower than the machine can do.`);

    console.log(`\nOverbooking check: ${pass ? "PASS" : "FAIL"}`);
    for (const c of checks) console.log(`  ${c.holds ? "ok  " : "FAIL"}  ${c.check}`);
    for (const note of notes) console.log(`        ${note}`);
    if (!pass && serverLogTail()) console.log(`\nLast lines of the server's output:\n${serverLogTail()}`);

    writeResults("registrations", {
      machine: { ...machine, loadAverageAtEnd: loadAverage() },
      settings: { ...options, database: DATABASE_URL, httpEvent: httpEvent.slug },
      percentileMethod: "exact nearest-rank over every registration's (or floor insert's) response time, ms",
      http,
      floor,
      ratioHttpToFloor: Number.isNaN(ratio) ? null : Number(ratio.toFixed(4)),
      stored: { http: stored },
      aims,
      checks,
      pass,
    });
    if (!pass) process.exitCode = 1;
  } finally {
    client.close();
  }
}

runBenchmark(main);
