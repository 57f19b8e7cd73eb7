import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { positiveNumber } from "./bench/options";
import { seedStatisticsYear } from "./bench/statistics/year-data";

/**
 * npm run bench:retention [-- --events 10000 --registrations 200000 --batch 50]  (--batch: the first batch; default the job's own)
 *
 * How long the retention job holds the write lock on a large database: a fresh
 * /tmp/bench-retention.db (migrations, the Mainz demo, then a whole programme year two years back
 * with N events and M registrations, attendance, certificates and feedback, plus one audit entry and
 * two sent mails per registration), then one run of the job, which anonymises all of that year.
 * Prints the longest write transaction, the number of transactions and the time in all; a second
 * run shows the cost of a day with nothing to do. See docs/data-protection.md.
 */
const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    registrations: { type: "string", default: "200000" },
    batch: { type: "string", default: "50" }, // ANONYMISE_BATCH of lib/privacy/retention.ts (not imported: app modules load after DATABASE_URL is set)
  },
});
const options = {
  events: positiveNumber("events", args.events, { integer: true }),
  registrations: positiveNumber("registrations", args.registrations, { integer: true }),
  batch: positiveNumber("batch", args.batch, { integer: true }),
};

const DB_FILE = "/tmp/bench-retention.db";
process.env.DATABASE_URL = `file:${DB_FILE}`;
delete process.env.DATABASE_AUTH_TOKEN;

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  const { db } = await import("@/db/client");
  const { applyMigrations } = await import("@/db/migrate");
  const { seedDemo } = await import("@/db/seed/demo");
  const { localParts } = await import("@/lib/dates/berlin");
  const { runRetention } = await import("@/lib/privacy/retention");
  const client = db.$client;
  await applyMigrations(db, client, process.env.DATABASE_URL!);
  await seedDemo(db);
  const year = localParts(new Date()).year - 2;
  const counts = await seedStatisticsYear(client, { year, events: options.events, registrations: options.registrations });
  // What the app writes besides: audit entries about people (attendance marks) and mails to them.
  await client.execute(`insert into audit_log (at, actor_account_id, actor_name, organisation_id, entity_type, entity_id, action, label, before, after)
    select r.created_at, null, 'Bench', e.organisation_id, 'registration', r.id, 'registration.added_by_staff', r.first_name || ' ' || r.last_name || ' – ' || e.title, null,
      json_object('status', r.status, 'email', r.email, 'phone', '0170 123')
    from registrations r join events e on e.id = r.event_id where e.starts_at < ${Date.UTC(year + 1, 0, 1)}`);
  for (const kind of ["registration_confirmed", "reminder"]) {
    await client.execute(`insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, registration_id, event_id, status, attempts, next_attempt_at, created_at, sent_at)
      select '${kind}', coalesce(r.email, ''), 'Ihre Anmeldung: ' || r.first_name, 'Guten Tag ' || r.first_name || ' ' || r.last_name, '', '[]', r.id, r.event_id, 'sent', 1, r.created_at, r.created_at, r.created_at
      from registrations r join events e on e.id = r.event_id where e.starts_at < ${Date.UTC(year + 1, 0, 1)}`);
  }
  console.log(`Year ${year}: ${counts.events} events, ${counts.registrations} registrations, ${counts.marks} marks, ${counts.certificates} certificates; plus audit entries and sent mails.`);

  for (const label of ["first run (anonymises the year)", "second run (nothing to do)"]) {
    const started = performance.now();
    const result = await runRetention({ batchSize: options.batch });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label}: ${JSON.stringify(result.counts)}; ${result.transactions} write transactions, longest ${result.longestTransactionMs} ms; ${seconds.toFixed(1)} s in all (batch ${options.batch}).`,
    );
    for (const [step, s] of Object.entries(result.steps)) console.log(`  ${step}: ${s.transactions} transactions, p50 ${s.p50Ms} ms, longest ${s.maxMs} ms`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
