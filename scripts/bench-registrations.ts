import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createClient, type Client } from "@libsql/client";

/**
 * npm run bench:registrations [-- --capacity 100 --duration 10 --connections 50 --warmup 2 --build]
 *
 * Load test of registrations against a production build, beside a floor measured in the same run:
 *  1. a fresh database data/bench-registrations.db (migrated, Mainz demo) with three published
 *     events of the same capacity: one for the HTTP run, one for the floor, one for warming up,
 *  2. `next build` unless .next/BUILD_ID exists (or --build is given),
 *  3. `next start` on a free port with that database, rate limits off, no mail sender in the server,
 *  4. autocannon: POST /api/v1/events/<slug>/registrations from N connections, a fresh e-mail
 *     address per request; at the end of the duration no new registration is sent, the ones in
 *     flight are answered (the connections ask /api/health meanwhile), so every registration the
 *     server stored had its answer counted,
 *  5. the floor: the same inserts (seat count, registration, manage token, outbox mail with the
 *     body the server rendered) done directly with @libsql/client, one `transaction("write")` after
 *     the other, for the same duration, while no server runs,
 *  6. a table (registrations/s, exact p50/p95, errors, ratio HTTP/floor), the overbooking check
 *     (PASS/FAIL, exit code 1 on FAIL) and a JSON file under bench-results/.
 * The server is stopped in every case (also on errors and Ctrl+C). Run from the repository root.
 * See docs/bench-registrations.md.
 */

// ---------------------------------------------------------------------------------------------
// autocannon has no type declarations; this is the part of its API the script uses.

type HistogramSummary = { average: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };

type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: HistogramSummary;
  requests: HistogramSummary & { sent: number };
};

/** autocannon's per-connection context: reset before every request when there is one request. */
type RequestContext = { kind?: "registration" | "health"; email?: string };

type RequestSpec = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

type AutocannonInstance = EventEmitter & { stop(): void };

type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    requests: (RequestSpec & {
      setupRequest: (request: RequestSpec, context: RequestContext) => RequestSpec;
      onResponse: (status: number, body: string, context: RequestContext) => void;
    })[];
  },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

// Resolved from the project's node_modules (the script always runs from the repository root).
const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));

// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    capacity: { type: "string", default: "100" },
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
  --duration S     seconds measured, over HTTP and for the floor each (default 10)
  --connections N  concurrent HTTP connections (default 50)
  --warmup S       seconds of warm-up on a separate event, not measured (default 2; 0 = none)
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
  capacity: positiveNumber("capacity", args.capacity, { integer: true, allowZero: true }),
  duration: positiveNumber("duration", args.duration),
  connections: positiveNumber("connections", args.connections, { integer: true }),
  warmup: positiveNumber("warmup", args.warmup, { allowZero: true }),
  build: args.build,
};

const DB_FILE = "data/bench-registrations.db";
const DATABASE_URL = `file:./${DB_FILE}`;
/** autocannon's per-request timeout in seconds. */
const REQUEST_TIMEOUT_S = 30;
/** Above this share of CPU taken by other processes during a measurement, its figures are flagged. */
const DISTURBED_SHARE = 0.1;

// ---------------------------------------------------------------------------------------------
// Child processes: seed and build run to completion; the server is stopped in every case.

let server: ChildProcess | null = null;
let serverExited = false;
const serverLog: string[] = [];
let currentRun: AutocannonInstance | null = null;
let interrupted = false;

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
  serverExited = false;
  child.stdout?.on("data", keepServerOutput);
  child.stderr?.on("data", keepServerOutput);
  child.on("exit", () => {
    serverExited = true;
  });
  server = child;
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

async function waitForHealth(base: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error("next start exited before /api/health answered.");
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s.`);
}

// ---------------------------------------------------------------------------------------------
// Machine load: other processes on a shared machine lower the figures; the report says so.

function loadAverage() {
  return Number(os.loadavg()[0].toFixed(2));
}

type CpuSnapshot = { total: number; busy: number; ours: number };

/**
 * CPU time (Linux /proc, in clock ticks) of the whole machine and of this benchmark (this process
 * and the server's process group). Null where /proc is not available.
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
      if (Number(entry) === process.pid || (server?.pid !== undefined && !serverExited && pgrp === server.pid)) ours += Number(fields[11]) + Number(fields[12]);
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
  return Number(Math.max(0, others / (after.total - before.total)).toFixed(3));
}

// ---------------------------------------------------------------------------------------------
// The database: fresh file, demo seed, events of a known capacity (as e2e/support/test-db.ts).

type BenchEvent = { id: number; slug: string };

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

type Counts = { confirmed: number; waitlisted: number; other: number; outbox: number; tokens: number };

async function countsFor(client: Client, eventId: number): Promise<Counts> {
  const byStatus = await client.execute({ sql: "select status, count(*) as n from registrations where event_id = ? group by status", args: [eventId] });
  const n = (status: string) => Number(byStatus.rows.find((r) => r.status === status)?.n ?? 0);
  const all = byStatus.rows.reduce((sum, r) => sum + Number(r.n), 0);
  const outbox = await client.execute({ sql: "select count(*) as n from mail_outbox where event_id = ?", args: [eventId] });
  const tokens = await client.execute({
    sql: "select count(*) as n from registration_tokens where registration_id in (select id from registrations where event_id = ?)",
    args: [eventId],
  });
  return { confirmed: n("confirmed"), waitlisted: n("waitlisted"), other: all - n("confirmed") - n("waitlisted"), outbox: Number(outbox.rows[0].n), tokens: Number(tokens.rows[0].n) };
}

/**
 * Requests whose answer was lost (connection error, timeout) may still be worked on by the server.
 * Wait until the number of registrations of the event stops changing before it is checked.
 */
async function settle(client: Client, eventId: number) {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const { rows } = await client.execute({ sql: "select count(*) as n from registrations where event_id = ?", args: [eventId] });
    const n = Number(rows[0].n);
    if (n === last) return;
    last = n;
    await sleep(500);
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function latencySummary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : NaN;
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, mean };
}

type HttpRun = {
  eventSlug: string;
  /** Registrations sent, answered (any status), answered 201. */
  sent: number;
  answered: number;
  created: number;
  createdConfirmed: number;
  createdWaitlisted: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  errorMessages: Record<string, number>;
  /** Sent but neither answered nor failed when the run was stopped (0 unless the server hung). */
  unanswered: number;
  /** From the first request to the last registration's answer. */
  seconds: number;
  registrationsPerSecond: number;
  latencyMs: ReturnType<typeof latencySummary>;
  /** autocannon's own HDR summary (it has no p95; it also holds the /api/health requests of the tail). */
  autocannonLatencyMs: { p50: number; p90: number; p97_5: number; p99: number; max: number };
  othersCpuShare: number | null;
};

let emailCounter = 0;

/**
 * One autocannon run of registrations. Every request carries a new e-mail address (setupRequest,
 * counter). After `seconds`, setupRequest hands out GET /api/health instead of a registration;
 * once every registration in flight is answered the run stops. So the run ends without cutting
 * off requests the server would still store, and every latency of a registration is kept (exact
 * nearest-rank p50/p95, not autocannon's HDR summary, which has no p95).
 */
function httpRun(base: string, event: BenchEvent, seconds: number, label: string): Promise<HttpRun> {
  const autocannon = requireFromRoot("autocannon") as Autocannon;
  const registrationPath = `/api/v1/events/${encodeURIComponent(event.slug)}/registrations`;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const errorMessages: Record<string, number> = {};
  let sent = 0;
  let answered = 0;
  let created = 0;
  let createdConfirmed = 0;
  let createdWaitlisted = 0;
  let errors = 0;
  let timeouts = 0;
  let inFlight = 0;
  let lastAnswerAt = 0;
  /** Kind of the response being reported: onResponse runs right before autocannon's "response" event. */
  let answeredKind: RequestContext["kind"];
  const runId = randomUUID().slice(0, 6);
  const cpuBefore = cpuSnapshot();
  const startedAt = performance.now();
  const sendUntil = startedAt + seconds * 1000;
  let stopping = false;

  return new Promise<HttpRun>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections,
        // Stopped by maybeStop(); this is only the hard limit should registrations never be answered.
        duration: seconds + REQUEST_TIMEOUT_S + 10,
        timeout: REQUEST_TIMEOUT_S,
        requests: [
          {
            method: "POST",
            path: registrationPath,
            headers: { "content-type": "application/json" },
            setupRequest: (request, context): RequestSpec => {
              if (performance.now() >= sendUntil) {
                context.kind = "health";
                return { ...request, method: "GET", path: "/api/health", headers: {}, body: "" };
              }
              const n = ++emailCounter;
              const email = `lasttest-${runId}-${n}@example.org`;
              context.kind = "registration";
              context.email = email;
              sent++;
              inFlight++;
              return {
                ...request,
                method: "POST",
                path: registrationPath,
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ firstName: "Lasttest", lastName: `Nr. ${n}`, email, initiative: "keine", consent: true }),
              };
            },
            onResponse: (status, body, context) => {
              answeredKind = context.kind;
              if (context.kind !== "registration") return;
              inFlight--;
              answered++;
              lastAnswerAt = performance.now();
              statusCodes[status] = (statusCodes[status] ?? 0) + 1;
              if (status === 201) {
                created++;
                try {
                  const parsed = JSON.parse(body) as { status?: string };
                  if (parsed.status === "confirmed") createdConfirmed++;
                  else if (parsed.status === "waitlisted") createdWaitlisted++;
                } catch {
                  // Counted as created; the database check below shows what was stored.
                }
              } else if (Object.keys(errorMessages).length < 20) {
                const key = `HTTP ${status}: ${body.slice(0, 200)}`;
                errorMessages[key] = (errorMessages[key] ?? 0) + 1;
              }
            },
          },
        ],
      },
      (err, result) => {
        currentRun = null;
        clearInterval(poll);
        if (err) return reject(err);
        const cpuShare = othersCpuShare(cpuBefore, cpuSnapshot());
        const elapsed = ((lastAnswerAt || performance.now()) - startedAt) / 1000;
        resolve({
          eventSlug: event.slug,
          sent,
          answered,
          created,
          createdConfirmed,
          createdWaitlisted,
          statusCodes,
          errors,
          timeouts,
          errorMessages,
          unanswered: Math.max(0, inFlight),
          seconds: Number(elapsed.toFixed(3)),
          registrationsPerSecond: created / elapsed,
          latencyMs: latencySummary(latencies),
          autocannonLatencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
          othersCpuShare: cpuShare,
        });
      },
    );
    currentRun = instance;
    // Called from autocannon's events only, never while autocannon() itself runs.
    function maybeStop() {
      if (stopping || performance.now() < sendUntil || inFlight > 0) return;
      stopping = true;
      instance.stop();
    }
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      if (answeredKind === "registration") latencies.push(responseTime);
      answeredKind = undefined;
      maybeStop();
    });
    instance.on("reqError", (error: Error) => {
      // A failed request gets no answer. autocannon does not say which request failed; after the
      // sending phase the connections also ask /api/health, so count it against registrations only
      // while some are in flight.
      if (inFlight > 0) inFlight--;
      errors++;
      const key = error?.message || String(error);
      if (/timed out/.test(key)) timeouts++;
      errorMessages[key] = (errorMessages[key] ?? 0) + 1;
      maybeStop();
    });
    const poll = setInterval(maybeStop, 100);
    console.log(`  ${label}: ${options.connections} connections, ${seconds} s …`);
  });
}

type FloorRun = {
  eventSlug: string;
  inserts: number;
  confirmed: number;
  waitlisted: number;
  seconds: number;
  insertsPerSecond: number;
  latencyMs: ReturnType<typeof latencySummary>;
  othersCpuShare: number | null;
};

type MailTemplate = { kind: string; subject: string; textBody: string; htmlBody: string; attachments: string; consentVersion: string };

/**
 * The floor: what one registration costs the database alone. The same rows the server writes for a
 * registration (seat count, registration, manage token, outbox mail with the body the server
 * rendered), each in its own `transaction("write")` (BEGIN IMMEDIATE … COMMIT), one after the
 * other, on the same file with the same client settings as the app (db/connect.ts).
 */
async function floorRun(client: Client, event: BenchEvent, capacity: number, seconds: number, mail: MailTemplate): Promise<FloorRun> {
  const latencies: number[] = [];
  let confirmed = 0;
  let waitlisted = 0;
  const runId = randomUUID().slice(0, 6);
  const cpuBefore = cpuSnapshot();
  const startedAt = performance.now();
  const until = startedAt + seconds * 1000;
  while (performance.now() < until && !interrupted) {
    const t0 = performance.now();
    const n = latencies.length + 1;
    const email = `boden-${runId}-${n}@example.org`;
    const token = randomBytes(32).toString("base64url");
    const tx = await client.transaction("write");
    try {
      const taken = await tx.execute({
        sql: "select count(*) as n from registrations where event_id = ? and status in ('confirmed', 'attended', 'no_show')",
        args: [event.id],
      });
      const status = Number(taken.rows[0].n) < capacity ? "confirmed" : "waitlisted";
      const now = Date.now();
      const registration = await tx.execute({
        sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, consent_version, consent_at, source, created_at, updated_at)
              values (?, ?, 'Boden', ?, ?, ?, '{}', ?, ?, 'online', ?, ?) returning id`,
        args: [event.id, status, `Nr. ${n}`, email, email, mail.consentVersion, now, now, now],
      });
      const registrationId = Number(registration.rows[0].id);
      await tx.execute({
        sql: "insert into registration_tokens (token_hash, registration_id, created_at) values (?, ?, ?)",
        args: [createHash("sha256").update(token).digest("hex"), registrationId, now],
      });
      await tx.execute({
        sql: `insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, registration_id, event_id, status, attempts, next_attempt_at, created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
        args: [mail.kind, email, mail.subject, mail.textBody, mail.htmlBody, mail.attachments, registrationId, event.id, now, now],
      });
      await tx.commit();
      if (status === "confirmed") confirmed++;
      else waitlisted++;
    } finally {
      tx.close();
    }
    latencies.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - startedAt) / 1000;
  return {
    eventSlug: event.slug,
    inserts: latencies.length,
    confirmed,
    waitlisted,
    seconds: Number(elapsed.toFixed(3)),
    insertsPerSecond: latencies.length / elapsed,
    latencyMs: latencySummary(latencies),
    othersCpuShare: othersCpuShare(cpuBefore, cpuSnapshot()),
  };
}

/** The confirmation mail the server rendered in the HTTP run, so that the floor writes rows of the same size. */
async function mailTemplate(client: Client, eventId: number): Promise<MailTemplate> {
  const mail = await client.execute({
    sql: "select kind, subject, text_body, html_body, attachments from mail_outbox where event_id = ? order by (kind = 'registration_confirmed') desc, id limit 1",
    args: [eventId],
  });
  const consent = await client.execute({ sql: "select consent_version from registrations where event_id = ? and consent_version is not null limit 1", args: [eventId] });
  const row = mail.rows[0];
  const consentVersion = String(consent.rows[0]?.consent_version ?? "lasttest");
  if (!row) {
    console.warn("  WARNING: the HTTP run left no mail in the outbox; the floor writes a placeholder mail of 4 kB instead.");
    return { kind: "registration_confirmed", subject: "Lasttest", textBody: "x".repeat(1500), htmlBody: "x".repeat(2500), attachments: "[]", consentVersion };
  }
  return {
    kind: String(row.kind),
    subject: String(row.subject),
    textBody: String(row.text_body),
    htmlBody: String(row.html_body),
    attachments: String(row.attachments),
    consentVersion,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function ms(value: number) {
  return Number.isNaN(value) ? "n/a" : value.toFixed(1);
}

function percent(share: number | null | undefined) {
  return share === null || share === undefined ? "n/a" : `${(share * 100).toFixed(0)} %`;
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
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
    throw new Error("Run from the repository root (npm run bench:registrations).");
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
  console.log(`Settings: capacity ${options.capacity}, ${options.connections} connections, ${options.duration} s measured, warm-up ${options.warmup} s`);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" };
  delete baseEnv.DATABASE_AUTH_TOKEN;

  // 1. Fresh database with the demo and three events of the same capacity.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  run("seed", "npx", ["tsx", "scripts/seed.ts"], baseEnv);
  // The same client settings as the app (db/connect.ts): busy timeout 5 s.
  const client = createClient({ url: DATABASE_URL, timeout: 5000 });
  try {
    const httpEvent = await insertEvent(client, "http", options.capacity);
    const floorEvent = await insertEvent(client, "boden", options.capacity);
    const warmupEvent = await insertEvent(client, "aufwaermen", options.capacity);
    console.log(`  events (capacity ${options.capacity}): ${httpEvent.slug}, ${floorEvent.slug}, warm-up ${warmupEvent.slug}`);

    // 2. Production build.
    if (options.build || !existsSync(".next/BUILD_ID")) {
      run("build", "npx", ["next", "build"], baseEnv);
    } else {
      console.log("\n> build: .next/BUILD_ID exists, using the existing production build (--build forces a new one).");
    }

    // 3. Server: rate limits off, no mail sender (mails stay queued in the outbox).
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const serverEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      APP_SECRET: randomBytes(32).toString("hex"),
      REGISTRATION_RATE_LIMIT_PER_IP: "0",
      REGISTRATION_RATE_LIMIT_PER_EMAIL: "0",
      MAIL_SENDER_IN_SERVER: "0",
    };
    delete serverEnv.SMTP_URL;
    console.log(`\n> server: npx next start -p ${port}`);
    startServer(port, serverEnv);
    const startedAt = Date.now();
    await waitForHealth(base);
    console.log(`  /api/health answered 200 after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

    // 4. Registrations over HTTP.
    console.log("\n> HTTP");
    if (options.warmup > 0) {
      const warm = await httpRun(base, warmupEvent, options.warmup, "warm-up (not measured)");
      console.log(`    ${warm.created} registrations answered 201 of ${warm.sent}`);
    }
    const http = await httpRun(base, httpEvent, options.duration, "measuring");
    console.log(`    ${http.created} registrations answered 201 of ${http.sent} sent, ${http.registrationsPerSecond.toFixed(1)}/s, p95 ${ms(http.latencyMs.p95)} ms`);
    if (http.errors > 0 || http.unanswered > 0) await settle(client, httpEvent.id);
    await stopServer();

    // 5. The floor, on a second event of the same file, with no server running.
    console.log("\n> floor: the same inserts with @libsql/client, one write transaction after the other");
    const mail = await mailTemplate(client, httpEvent.id);
    if (options.warmup > 0) await floorRun(client, warmupEvent, options.capacity, Math.min(options.warmup, 1), mail);
    const floor = await floorRun(client, floorEvent, options.capacity, options.duration, mail);
    console.log(`  ${floor.inserts} registrations in ${floor.seconds.toFixed(1)} s, ${floor.insertsPerSecond.toFixed(1)}/s, p95 ${ms(floor.latencyMs.p95)} ms`);

    // 6. Checks and report.
    const stored = await countsFor(client, httpEvent.id);
    const floorStored = await countsFor(client, floorEvent.id);
    const expectedConfirmed = Math.min(options.capacity, http.created);
    const checks = [
      { check: `confirmed ≤ capacity (${stored.confirmed} ≤ ${options.capacity})`, holds: stored.confirmed <= options.capacity },
      { check: `confirmed + waitlisted = 201 answers (${stored.confirmed} + ${stored.waitlisted} = ${http.created})`, holds: stored.confirmed + stored.waitlisted === http.created },
      { check: `answers say confirmed = stored confirmed (${http.createdConfirmed} = ${stored.confirmed})`, holds: http.createdConfirmed === stored.confirmed },
      { check: `every registration answered 201 (non-201: ${http.answered - http.created}, errors: ${http.errors}, timeouts: ${http.timeouts}, unanswered: ${http.unanswered})`, holds: http.created === http.sent && http.errors === 0 },
    ];
    const notes = [
      `seats filled: ${stored.confirmed} of ${options.capacity} (${expectedConfirmed} expected from ${http.created} registrations)`,
      `outbox mails and manage tokens of the HTTP event: ${stored.outbox} and ${stored.tokens} for ${stored.confirmed + stored.waitlisted} registrations`,
      `floor event: ${floorStored.confirmed} confirmed, ${floorStored.waitlisted} waitlisted, ${floorStored.outbox} mails, ${floorStored.tokens} tokens`,
    ];
    const storedLive = stored.confirmed + stored.waitlisted;
    if (storedLive !== http.created && http.errors + http.unanswered > 0) {
      notes.push(
        `${storedLive - http.created} more registrations stored than answered 201: ${http.errors} requests failed on the client's side ` +
          `(timeouts ${http.timeouts}), which the server may still have stored; the figures of this run are not valid`,
      );
    }
    const ratio = floor.insertsPerSecond > 0 ? http.registrationsPerSecond / floor.insertsPerSecond : NaN;
    const pass = checks.every((c) => c.holds);

    console.log(`\nResults (capacity ${options.capacity}, ${options.duration} s each; p50/p95 are exact nearest-rank percentiles over every registration)`);
    console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}, at the end ${loadAverage()}\n`);
    printTable(
      ["", "registrations", "per second", "p50 ms", "p95 ms", "p99 ms", "errors", "others' CPU"],
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
        ],
        ["floor, @libsql/client tx loop", String(floor.inserts), floor.insertsPerSecond.toFixed(1), ms(floor.latencyMs.p50), ms(floor.latencyMs.p95), ms(floor.latencyMs.p99), "0", percent(floor.othersCpuShare)],
      ],
    );
    console.log(`\nHTTP / floor: ${Number.isNaN(ratio) ? "n/a" : `${(ratio * 100).toFixed(1)} %`} of the floor's registrations per second`);
    console.log(
      `autocannon's own summary of the HTTP run (HDR histogram, no p95; includes the /api/health requests of the tail): ` +
        `p50 ${http.autocannonLatencyMs.p50} ms, p97.5 ${http.autocannonLatencyMs.p97_5} ms, p99 ${http.autocannonLatencyMs.p99} ms`,
    );
    if (http.answered - http.created > 0 || http.errors > 0) {
      console.log(`HTTP status codes: ${JSON.stringify(http.statusCodes)}`);
      console.log(`Errors and non-201 answers: ${JSON.stringify(http.errorMessages, null, 2)}`);
    }
    const disturbed = [http, floor].some((r) => (r.othersCpuShare ?? 0) > DISTURBED_SHARE);
    if (disturbed) console.log(`WARNING: other processes took more than ${DISTURBED_SHARE * 100} % of the CPU during a measurement; its figures are lower than the machine can do.`);

    console.log(`\nOverbooking check: ${pass ? "PASS" : "FAIL"}`);
    for (const c of checks) console.log(`  ${c.holds ? "ok  " : "FAIL"}  ${c.check}`);
    for (const note of notes) console.log(`        ${note}`);
    if (!pass && serverLog.length > 0) console.log(`\nLast lines of the server's output:\n${serverLog.slice(-40).join("\n")}`);

    const timestamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.join("bench-results", `registrations-${timestamp}.json`);
    mkdirSync("bench-results", { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          commit: git(["rev-parse", "--short", "HEAD"]),
          machine: { ...machine, loadAverageAtEnd: loadAverage() },
          settings: { ...options, database: DATABASE_URL, httpEvent: httpEvent.slug, floorEvent: floorEvent.slug },
          percentileMethod: "exact nearest-rank over every registration's response time (HTTP) or transaction time (floor), ms",
          http,
          floor,
          ratioHttpToFloor: Number.isNaN(ratio) ? null : Number(ratio.toFixed(4)),
          stored: { http: stored, floor: floorStored },
          checks,
          pass,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWritten: ${file}`);
    if (!pass) process.exitCode = 1;
  } finally {
    client.close();
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  if (serverLog.length > 0) console.error(`\nLast lines of the server's output:\n${serverLog.slice(-40).join("\n")}`);
  await stopServer();
  process.exit(1);
});
