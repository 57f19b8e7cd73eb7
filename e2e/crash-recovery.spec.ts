import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

/**
 * Killed hard in the middle of a registration rush (issue 17): two server processes share a copy
 * of the e2e database and send mail to an SMTP server of this test, which answers slowly so that
 * the senders hold leases on mails for a while. Process A is killed with SIGKILL while
 * registrations stream in and while it holds leases; then time passes for its leases (the test
 * moves their lease_until into the past in the database, which is what five minutes of waiting
 * would do: LEASE_MS in lib/mail/sender.ts) and A is started again. Afterwards: the database is
 * intact, no registration exists without its confirmation in the outbox, no seat is above
 * capacity, and every confirmed or waiting person gets their confirmation exactly once.
 *
 * Its own servers, ports (E2E_PORT+2, +3; SMTP +4) and database: the shared e2e servers go on.
 */
const basePort = Number(process.env.E2E_PORT ?? 3100);
const ports = [basePort + 2, basePort + 3];
const smtpPort = basePort + 4;
const CAPACITY = 25;
const PEOPLE = 120;

type Received = { to: string; subject: string; messageId: string };

function startSlowSmtp(received: Received[]) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // Slow before the message is handed over: a sender killed now has sent nothing for this mail.
    onMailFrom(_address, _session, callback) {
      setTimeout(() => callback(), 20);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
        received.push({ to: to[0] ?? "", subject: mail.subject ?? "", messageId: mail.messageId ?? "" });
        callback();
      }, callback);
    },
  });
  return new Promise<SMTPServer>((resolve) => server.listen(smtpPort, "127.0.0.1", () => resolve(server)));
}

function startServer(port: number, databaseUrl: string): ChildProcess {
  // node runs next directly (not through npx), so that the pid killed is the server's own.
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Fortbildungsprogramm <noreply@example.org>",
      MAIL_SENDER_INTERVAL_MS: "100",
      APP_SECRET: "e2e-secret",
      PUBLIC_URL: `http://localhost:${port}`,
      PORT: String(port),
      REGISTRATION_RATE_LIMIT_PER_IP: "0",
      REGISTRATION_RATE_LIMIT_PER_EMAIL: "0",
      REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0",
    },
  });
}

async function waitUntilUp(port: number) {
  await expect.poll(() => fetch(`http://localhost:${port}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [100, 200, 400] }).toBe(200);
}

async function createEvent(db: Client) {
  const day = 24 * 3600 * 1000;
  const start = Math.floor(Date.now() / day) * day + 14 * day + 16 * 3600 * 1000;
  const now = Date.now();
  const org = await db.execute("select id from organisations where slug = 'fluechtlingskoordination'");
  const format = await db.execute("select id from formats where slug = 'fortbildung'");
  const venue = await db.execute("select id from venues order by id limit 1");
  const event = await db.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values ('absturz', 'Absturztest', 'Nur für Tests.', 'Beschreibung', ?, ?, 'in_person', ?, ?, 0, 'published', 0, 0, ?, ?, ?, ?, ?) returning id`,
    args: [format.rows[0].id, org.rows[0].id, venue.rows[0].id, CAPACITY, start, start + 2 * 3600 * 1000, now, now, now],
  });
  const id = Number(event.rows[0].id);
  await db.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?)", args: [id, start, start + 2 * 3600 * 1000] });
  return id;
}

test("kill -9 during a registration rush: nothing half-written, no seat too many, each confirmation sent once", async () => {
  // About 15 s on two idle cores; a loaded machine (other tests in parallel) doubles or triples it.
  test.setTimeout(120_000);
  const started = Date.now();
  const marks: string[] = [];
  const mark = (label: string) => marks.push(`${label} ${Date.now() - started}`);
  const dir = mkdtempSync(path.join(tmpdir(), "absturz-"));
  const file = path.join(dir, "absturz.db");
  // A consistent copy of the live e2e database (the same way npm run db:backup takes one).
  const source = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });
  await source.execute({ sql: "vacuum into ?", args: [file] });
  source.close();
  const db = createClient({ url: `file:${file}`, timeout: 10_000 });
  await db.execute("pragma journal_mode = wal");
  await db.execute("delete from mail_outbox where status = 'pending'");
  const eventId = await createEvent(db);

  const received: Received[] = [];
  const smtp = await startSlowSmtp(received);
  const servers = ports.map((port) => startServer(port, `file:${file}`));
  try {
    await Promise.all(ports.map(waitUntilUp));
    mark("up");
    const a = servers[0];

    // The rush: PEOPLE registrations at once, alternating between the two processes.
    const answers = Array.from({ length: PEOPLE }, (_, i) =>
      fetch(`http://localhost:${ports[i % 2]}/api/v1/events/absturz/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ firstName: "Test", lastName: "Person", email: `absturz-${i}@example.org`, initiative: "keine", consent: true }),
      }).then((r) => r.status, () => 0),
    );
    // Kill A as soon as it holds leases on mails (its sender is mid-round) while answers are pending.
    const ownerOfA = `%:${a.pid}:%`;
    await expect
      .poll(async () => Number((await db.execute({ sql: "select count(*) as n from mail_outbox where lease_owner like ? and lease_until > ?", args: [ownerOfA, Date.now()] })).rows[0].n), {
        timeout: 20_000,
        intervals: [20],
      })
      .toBeGreaterThan(0);
    mark("leased");
    a.kill("SIGKILL");
    await new Promise((resolve) => a.once("exit", resolve));
    const statuses = await Promise.all(answers);
    mark("answered");
    const leftLeased = Number((await db.execute({ sql: "select count(*) as n from mail_outbox where lease_owner like ? and status = 'pending'", args: [ownerOfA] })).rows[0].n);
    expect(leftLeased, "the killed process held no leases").toBeGreaterThan(0);

    // Five minutes pass for the dead process's leases; A comes back.
    await db.execute({ sql: "update mail_outbox set lease_until = ? where lease_owner like ? and status = 'pending'", args: [Date.now() - 1, ownerOfA] });
    servers[0] = startServer(ports[0], `file:${file}`);
    await waitUntilUp(ports[0]);
    mark("restarted");

    // Nothing half-written, nothing overbooked.
    expect((await db.execute("pragma integrity_check")).rows[0].integrity_check).toBe("ok");
    const people = await db.execute({ sql: "select id, email, status from registrations where event_id = ?", args: [eventId] });
    const withoutMail = await db.execute({
      sql: "select r.id from registrations r where r.event_id = ? and not exists (select 1 from mail_outbox m where m.registration_id = r.id and m.kind in ('registration_confirmed', 'waitlisted'))",
      args: [eventId],
    });
    expect(withoutMail.rows).toEqual([]);
    const confirmed = people.rows.filter((r) => r.status === "confirmed").length;
    expect(confirmed).toBeLessThanOrEqual(CAPACITY);
    // Every answer of 202 is a stored registration (the others may or may not have been stored).
    expect(people.rows.length).toBeGreaterThanOrEqual(statuses.filter((s) => s === 202).length);
    expect(statuses.filter((s) => s !== 202 && s !== 0)).toEqual([]);

    // Every confirmed or waiting person gets their confirmation, once.
    const expected = people.rows.filter((r) => r.status === "confirmed" || r.status === "waitlisted").map((r) => String(r.email));
    await expect
      .poll(() => new Set(received.filter((m) => m.to.startsWith("absturz-")).map((m) => m.to)).size, { timeout: 25_000, intervals: [250] })
      .toBe(expected.length);
    mark("mailed");
    // The sender marks a mail sent just after the SMTP server took it: the last one may still be on its way.
    const unsent = async () => Number((await db.execute({ sql: "select count(*) as n from mail_outbox where event_id = ? and status <> 'sent'", args: [eventId] })).rows[0].n);
    await expect.poll(unsent, { timeout: 10_000, intervals: [100] }).toBe(0);
    const byPerson = new Map<string, Received[]>();
    for (const m of received.filter((m) => m.to.startsWith("absturz-"))) byPerson.set(m.to, [...(byPerson.get(m.to) ?? []), m]);
    expect([...byPerson.keys()].sort()).toEqual([...expected].sort());
    for (const [person, mails] of byPerson) {
      expect(new Set(mails.map((m) => m.subject)).size, person).toBe(1);
      expect(mails[0].subject).toMatch(/^(Anmeldung bestätigt|Warteliste): Absturztest$/);
    }
    // The documented at-least-once window (killed after the SMTP server took a mail, before it was
    // marked sent) can repeat at most the one mail A was handing over, with the same Message-ID.
    const repeated = [...byPerson.values()].filter((mails) => mails.length > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    for (const mails of repeated) expect(new Set(mails.map((m) => m.messageId)).size).toBe(1);
    console.info(`crash test: ${people.rows.length} stored (${confirmed} confirmed), ${statuses.filter((s) => s === 0).length} answers lost with A, ${leftLeased} mails leased by A at the kill, ${Date.now() - started} ms (${marks.join(", ")})`);
  } finally {
    for (const s of servers) if (s.exitCode === null) s.kill("SIGTERM");
    db.close();
    await new Promise((resolve) => smtp.close(() => resolve(null)));
    rmSync(dir, { recursive: true, force: true });
  }
});
