import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient, type Client } from "@libsql/client";
import { loadAverage, machineInfo } from "./bench/machine";
import { positiveNumber } from "./bench/options";
import { ms, printTable, writeResults } from "./bench/report";
import { isInterrupted, runBenchmark, serverProcessGroup, startServer, stopServer } from "./bench/server";
import { assertRepositoryRoot, benchEnv, buildIfNeeded, freshDatabase } from "./bench/setup";
import { cancelFormFields } from "./bench/soak/cancel-form";
import { serverRssMiB } from "./bench/soak/server-memory";
import { latencySummary } from "./bench/stats";

/**
 * npm run bench:soak [-- --minutes 30 --users 4 --think 250 --build]
 *
 * A long run of moderate, mixed traffic against a production build, to see that the server stays
 * healthy over time (no errors creeping in, latency and memory not growing without bound):
 *  1. a fresh database data/bench-soak.db (migrated, Mainz demo) plus two events of its own: one
 *     with plenty of seats, one small one whose waiting list moves as people cancel,
 *  2. `next build` unless .next/BUILD_ID exists (or --build),
 *  3. `next start` as in production: mail sender and reminders in the server, mails into the local
 *     mailbox (DEV_MAILBOX=1, no SMTP), the access log on, rate limits off (one source address),
 *  4. `--users` simulated visitors, each in a loop with `--think` ms between requests: the home page,
 *     the calendar, event pages (about 85 %), and now and then a whole registration: POST to the
 *     API, the manage link from the outbox, the manage page, the cancel page and the cancel form
 *     (as a browser without JavaScript sends it),
 *  5. every minute one line: requests, errors (5xx, network errors, unexpected answers), p50/p95
 *     of that minute, registrations and cancellations, the server's resident memory (VmRSS of
 *     /proc, Linux), then a summary and a JSON file under bench-results/.
 * The machine is shared in this project's sandboxes: figures are lower bounds. Run from the
 * repository root.
 */

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "30" },
    users: { type: "string", default: "4" },
    think: { type: "string", default: "250" },
    build: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench:soak [-- options]
  --minutes N   how long the traffic runs (default 30)
  --users N     simulated visitors at once (default 4)
  --think MS    pause of each visitor between two requests (default 250)
  --build       run \`next build\` even if .next/BUILD_ID exists`);
  process.exit(0);
}

const options = {
  minutes: positiveNumber("minutes", args.minutes),
  users: positiveNumber("users", args.users, { integer: true }),
  think: positiveNumber("think", args.think, { allowZero: true }),
  build: args.build,
};

const DB_FILE = "data/bench-soak.db";
const DATABASE_URL = `file:./${DB_FILE}`;
const REQUEST_TIMEOUT_MS = 30_000;

async function insertEvent(client: Client, role: string, capacity: number): Promise<string> {
  const slug = `dauerlast-${role}-${randomUUID().slice(0, 8)}`;
  const start = Date.now() + 21 * 24 * 3600 * 1000;
  const end = start + 2 * 3600 * 1000;
  const now = Date.now();
  const org = await client.execute("select id from organisations where slug = 'fluechtlingskoordination'");
  const format = await client.execute("select id from formats where slug = 'fortbildung'");
  const venue = await client.execute("select id from venues order by id limit 1");
  const inserted = await client.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values (?, ?, 'Veranstaltung für den Dauerlasttest.', 'Beschreibung', ?, ?, 'in_person', ?, ?, 0, 'published', 1, 0, ?, ?, ?, ?, ?) returning id`,
    args: [slug, `Dauerlast (${role})`, format.rows[0].id, org.rows[0].id, venue.rows[0].id, capacity, start, end, now, now, now],
  });
  await client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?)", args: [Number(inserted.rows[0].id), start, end] });
  return slug;
}

/** Published, upcoming events of active organisations that are no supervision group (those redirect): the pages visitors open. */
async function browsableSlugs(client: Client): Promise<string[]> {
  const rows = await client.execute({
    sql: "select e.slug from events e join formats f on f.id = e.format_id join organisations o on o.id = e.organisation_id where e.status = 'published' and o.active = 1 and f.is_supervision = 0 and e.starts_at > ? order by e.starts_at limit 60",
    args: [Date.now()],
  });
  return rows.rows.map((r) => String(r.slug));
}

/** The figures of one minute (or of the whole run). */
class Window {
  latencies: number[] = [];
  errors = 0;
  registrations = 0;
  cancellations = 0;
  readonly errorKinds: Record<string, number> = {};
  error(kind: string) {
    this.errors++;
    this.errorKinds[kind] = (this.errorKinds[kind] ?? 0) + 1;
  }
}

let minute = new Window();
const total = new Window();

/** One request; counts its latency, and an error for network failures and unexpected statuses. */
async function request(base: string, path: string, expected: number[], init: RequestInit = {}): Promise<Response | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${path}`, { redirect: "manual", ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    for (const w of [minute, total]) w.latencies.push(elapsed);
    if (!expected.includes(response.status)) {
      for (const w of [minute, total]) w.error(`${init.method ?? "GET"} ${path.split("/")[1] || "/"} → ${response.status}`);
      return null;
    }
    return new Response(body, { status: response.status, headers: response.headers });
  } catch (error) {
    for (const w of [minute, total]) w.error(`network: ${(error as Error).name}`);
    return null;
  }
}

async function manageLinkFor(client: Client, email: string): Promise<string | null> {
  for (let i = 0; i < 40 && !isInterrupted(); i++) {
    const row = await client.execute({ sql: "select text_body from mail_outbox where recipient = ? order by id limit 1", args: [email] });
    const text = row.rows[0]?.text_body;
    const match = typeof text === "string" ? /\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text) : null;
    if (match) return match[0];
    await sleep(250);
  }
  return null;
}

/** A whole registration and its cancellation, as a person does it over days. */
async function registerAndCancel(base: string, client: Client, slug: string, runId: string, n: number) {
  const email = `dauerlast-${runId}-${n}@example.org`;
  const registered = await request(base, `/api/v1/events/${slug}/registrations`, [202], {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ firstName: "Dauer", lastName: "Last", email, initiative: "keine", consent: true }),
  });
  if (!registered) return;
  for (const w of [minute, total]) w.registrations++;
  const link = await manageLinkFor(client, email);
  if (!link) {
    for (const w of [minute, total]) w.error("no manage link in the outbox");
    return;
  }
  if (!(await request(base, link, [200]))) return;
  const page = await request(base, `${link}/absagen`, [200]);
  if (!page) return;
  const form = cancelFormFields(await page.text(), "Ja, Anmeldung absagen");
  if (!form) {
    for (const w of [minute, total]) w.error("no cancel form");
    return;
  }
  // A server action answers the form with a redirect (303) or the re-rendered page (200).
  const cancelled = await request(base, `${link}/absagen`, [200, 303], { method: "POST", body: form, headers: { origin: base } });
  if (cancelled) for (const w of [minute, total]) w.cancellations++;
}

async function visitor(base: string, client: Client, slugs: string[], soakSlugs: string[], runId: string, until: number, id: number) {
  let n = 0;
  while (performance.now() < until && !isInterrupted()) {
    const roll = Math.random();
    if (roll < 0.15) await request(base, "/", [200]);
    else if (roll < 0.4) await request(base, "/veranstaltungen", [200]);
    else if (roll < 0.85) await request(base, `/veranstaltungen/${slugs[Math.floor(Math.random() * slugs.length)]}`, [200]);
    else if (roll < 0.9) await request(base, "/api/v1/events", [200]);
    else await registerAndCancel(base, client, soakSlugs[Math.floor(Math.random() * soakSlugs.length)], runId, id * 1_000_000 + ++n);
    if (options.think > 0) await sleep(options.think * (0.5 + Math.random()));
  }
}

async function main() {
  assertRepositoryRoot("bench:soak");
  const machine = machineInfo();
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${loadAverage()}`);
  console.log(`Settings: ${options.minutes} min, ${options.users} visitors, think time ${options.think} ms (±50 %)`);
  const env = benchEnv(DATABASE_URL);
  freshDatabase(DB_FILE, env);
  const client = createClient({ url: DATABASE_URL, timeout: 5000 });
  try {
    const soakSlugs = [await insertEvent(client, "gross", 1_000_000), await insertEvent(client, "klein", 10)];
    const slugs = [...(await browsableSlugs(client)), ...soakSlugs];
    buildIfNeeded(options.build, env);
    const { base } = await startServer((port) => ({
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      APP_SECRET: randomBytes(32).toString("hex"),
      DEV_MAILBOX: "1",
      SMTP_URL: "",
      MAIL_SENDER_IN_SERVER: "1",
      REGISTRATION_RATE_LIMIT_PER_IP: "0",
      REGISTRATION_RATE_LIMIT_PER_EMAIL: "0",
      REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0",
      LOG_LEVEL: "info",
    }));
    const group = serverProcessGroup();
    const rows: string[][] = [];
    const perMinute: Record<string, unknown>[] = [];
    const startedAt = performance.now();
    const until = startedAt + options.minutes * 60_000;
    const runId = randomUUID().slice(0, 6);
    const rssAtStart = serverRssMiB(group);
    console.log(`\nTraffic for ${options.minutes} min; server RSS at start ${rssAtStart?.toFixed(0) ?? "n/a"} MiB.\n`);
    const header = ["minute", "requests", "errors", "p50 ms", "p95 ms", "registered", "cancelled", "server RSS MiB"];
    const printer = setInterval(() => {
      const w = minute;
      minute = new Window();
      const s = latencySummary(w.latencies);
      const rss = serverRssMiB(group);
      const row = [String(rows.length + 1), String(w.latencies.length), String(w.errors), ms(s.p50), ms(s.p95), String(w.registrations), String(w.cancellations), rss === null ? "n/a" : rss.toFixed(0)];
      rows.push(row);
      perMinute.push({ minute: rows.length, requests: w.latencies.length, errors: w.errors, errorKinds: w.errorKinds, p50Ms: s.p50, p95Ms: s.p95, registrations: w.registrations, cancellations: w.cancellations, rssMiB: rss });
      console.log(header.map((h, i) => `${h} ${row[i]}`).join(" · ") + (w.errors ? ` · ${JSON.stringify(w.errorKinds)}` : ""));
    }, 60_000);
    await Promise.all(Array.from({ length: options.users }, (_, i) => visitor(base, client, slugs, soakSlugs, runId, until, i + 1)));
    clearInterval(printer);
    const s = latencySummary(total.latencies);
    const seconds = (performance.now() - startedAt) / 1000;
    console.log("");
    printTable(header, rows);
    console.log(
      `\nWhole run: ${total.latencies.length} requests in ${seconds.toFixed(0)} s (${(total.latencies.length / seconds).toFixed(1)}/s), ${total.errors} errors, p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms; ${total.registrations} registrations, ${total.cancellations} cancellations.`,
    );
    if (total.errors) console.log(`Errors: ${JSON.stringify(total.errorKinds)}`);
    const rssValues = perMinute.map((m) => m.rssMiB).filter((v): v is number => typeof v === "number");
    if (rssValues.length) console.log(`Server RSS: ${rssAtStart?.toFixed(0) ?? "n/a"} MiB at start, ${Math.min(...rssValues).toFixed(0)}–${Math.max(...rssValues).toFixed(0)} MiB per minute, ${rssValues.at(-1)!.toFixed(0)} MiB at the end.`);
    console.log("The machine may be shared: figures are lower bounds.");
    writeResults("soak", { machine, options, rssAtStartMiB: rssAtStart, perMinute, total: { requests: total.latencies.length, errors: total.errors, errorKinds: total.errorKinds, ...s, registrations: total.registrations, cancellations: total.cancellations } });
    await stopServer();
    if (total.errors > 0) process.exitCode = 1;
  } finally {
    client.close();
  }
}

runBenchmark(main);
