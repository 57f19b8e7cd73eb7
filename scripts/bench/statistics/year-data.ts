import type { Client, Transaction } from "@libsql/client";
import { createHash } from "node:crypto";
import { localDateTime } from "@/lib/dates/berlin";
import { eventTemplates } from "@/db/seed/event-templates";
import { firstNames, lastNames, trainers } from "@/db/seed/people";
import { seededRandom } from "@/db/seed/random";

/**
 * A whole programme year for the statistics benchmark, written straight with @libsql/client in one
 * write transaction (multi-row INSERTs with known ids, no ORM per row): `events` held events spread
 * over the Berlin calendar year `year`, `registrations` registrations among them (full events with
 * waiting lists, cancellations, no-shows), per-session attendance, closed attendance, certificates
 * for everyone present at 75 % of the sessions and feedback from about a third of them.
 * Needs the demo's reference data (organisations, formats, topics, initiatives) in the database.
 */

const DAY = 24 * 3600 * 1000;
/** Rows per INSERT: below SQLite's limit of 32,766 bound parameters for every table here. */
const PARAMS_PER_STATEMENT = 30_000;
const ROWS_PER_STATEMENT = 1_000;

type Row = (string | number | null)[];

async function insertRows(tx: Transaction, table: string, columns: string[], rows: Row[], times: string[]) {
  const started = performance.now();
  const perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(PARAMS_PER_STATEMENT / columns.length));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    await tx.execute({ sql: `insert into ${table} (${columns.join(", ")}) values ${part.map(() => tuple).join(", ")}`, args: part.flat() });
  }
  times.push(`${table} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function ids(client: Client, sql: string): Promise<Map<string, number>> {
  const result = await client.execute(sql);
  return new Map(result.rows.map((r) => [String(r.k), Number(r.id)]));
}

async function nextId(client: Client, table: string) {
  const result = await client.execute(`select coalesce(max(id), 0) + 1 as id from ${table}`);
  return Number(result.rows[0].id);
}

export type YearCounts = { events: number; sessions: number; registrations: number; marks: number; certificates: number; feedback: number; timings: string };

export async function seedStatisticsYear(client: Client, options: { year: number; events: number; registrations: number; seed?: number }): Promise<YearCounts> {
  const random = seededRandom(options.seed ?? 4711);
  const started = performance.now();
  const times: string[] = [];
  const formats = await ids(client, "select slug as k, id from formats");
  const topics = await ids(client, "select slug as k, id from topics");
  const organisations = [...(await ids(client, "select slug as k, id from organisations where active = 1")).values()];
  const initiatives = [...(await ids(client, "select slug as k, id from initiatives")).values()];
  const venues = [...(await ids(client, "select cast(id as text) as k, id from venues")).values()];
  const templates = eventTemplates;
  const now = Date.now();

  // Events and sessions.
  let eventId = await nextId(client, "events");
  let sessionId = await nextId(client, "event_sessions");
  const events: Row[] = [];
  const sessionRows: Row[] = [];
  const topicRows: Row[] = [];
  const languageRows: Row[] = [];
  type Planned = { id: number; capacity: number; sessions: { id: number; startsAt: number; endsAt: number }[]; closedAt: number };
  const planned: Planned[] = [];
  const daysInYear = Math.round((localDateTime(options.year + 1, 1, 1).getTime() - localDateTime(options.year, 1, 1).getTime()) / DAY);
  for (let i = 0; i < options.events; i++) {
    const template = templates[i % templates.length];
    // Multi-session events start early enough that their sessions stay in the year.
    const lastStartDay = daysInYear - 1 - 7 * (template.sessions - 1);
    const dayOfYear = random.int(0, lastStartDay);
    const date = new Date(Date.UTC(options.year, 0, 1 + dayOfYear));
    const first = localDateTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), template.hour, 0).getTime();
    const sessions = Array.from({ length: template.sessions }, (_, n) => {
      const startsAt = first + n * 7 * DAY;
      return { id: sessionId++, startsAt, endsAt: startsAt + template.minutes * 60_000 };
    });
    const id = eventId++;
    const endsAt = sessions[sessions.length - 1].endsAt;
    const closedAt = endsAt + 2 * DAY;
    const title = `${template.title} (Lasttest ${i + 1})`;
    events.push([
      id, `lasttest-statistik-${options.year}-${i + 1}`, title, template.summary, template.description, formats.get(template.format)!, random.pick(organisations),
      trainers[i % trainers.length], template.mode, template.venue ? random.pick(venues) : null, template.capacity, first - 60 * DAY, "published",
      first, endsAt, first - 70 * DAY, first - 80 * DAY, closedAt, closedAt < now ? closedAt : null,
    ]);
    for (const s of sessions) sessionRows.push([s.id, id, s.startsAt, s.endsAt]);
    for (const t of template.topics) topicRows.push([id, topics.get(t)!]);
    for (const l of template.languages) languageRows.push([id, l]);
    planned.push({ id, capacity: template.capacity, sessions, closedAt });
  }

  // How many registrations each event gets: its capacity times a demand factor, scaled to the total.
  const weights = planned.map((e) => e.capacity * (0.5 + random.next() * 0.9));
  const sum = weights.reduce((s, w) => s + w, 0);
  const perEvent = weights.map((w) => Math.floor((options.registrations * w) / sum));
  let rest = options.registrations - perEvent.reduce((s, n) => s + n, 0);
  for (let i = 0; rest > 0; i = (i + 1) % perEvent.length, rest--) perEvent[i]++;

  // People come back: a pool of volunteers, the regulars drawn more often (one address once per event).
  const poolSize = Math.max(1000, Math.round(options.registrations / 5));
  const pool = Array.from({ length: poolSize }, (_, k) => ({
    firstName: firstNames[k % firstNames.length],
    lastName: lastNames[Math.floor(k / firstNames.length) % lastNames.length],
    email: `person${k}@lasttest.example.org`,
    initiativeId: random.next() < 0.8 ? initiatives[Math.floor(initiatives.length * random.next() ** 2)] : null,
  }));

  let registrationId = await nextId(client, "registrations");
  let certificateId = await nextId(client, "certificates");
  const registrations: Row[] = [];
  const marks: Row[] = [];
  const certificates: Row[] = [];
  const feedback: Row[] = [];
  planned.forEach((event, e) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(perEvent[e], poolSize)) chosen.add(Math.floor(poolSize * random.next() ** 1.5));
    const start = event.sessions[0].startsAt;
    let seats = 0;
    for (const k of chosen) {
      const person = pool[k];
      const id = registrationId++;
      const createdAt = start - random.int(1, 58) * DAY;
      let status: string;
      let cancelledAt: number | null = null;
      if (random.next() < 0.05) {
        status = "cancelled";
        cancelledAt = createdAt + DAY;
      } else if (seats < event.capacity) {
        seats++;
        status = random.next() < 0.86 ? "attended" : "no_show";
      } else status = "waitlisted";
      registrations.push([id, event.id, status, person.firstName, person.lastName, person.email, person.email, person.initiativeId, "online", cancelledAt, createdAt, cancelledAt ?? createdAt]);
      if (status !== "attended" && status !== "no_show") continue;
      const present = event.sessions.map(() => status === "attended" && (event.sessions.length === 1 || random.next() < 0.9));
      if (status === "attended" && !present.some(Boolean)) present[0] = true;
      event.sessions.forEach((s, n) => marks.push([id, s.id, present[n] ? "present" : "absent", s.endsAt + 3600_000]));
      const attended = event.sessions.filter((_, n) => present[n]);
      if (attended.length * 100 < event.sessions.length * 75) continue;
      const certId = certificateId++;
      const minutes = attended.reduce((m, s) => m + Math.round((s.endsAt - s.startsAt) / 60_000), 0);
      const hash = createHash("sha256").update(`lasttest:${certId}`).digest("hex");
      certificates.push([certId, id, event.id, `seed${certId}`, hash, JSON.stringify(attended.map((s) => s.id)), minutes, "valid", event.closedAt]);
      if (random.next() < 0.33) {
        const overall = random.next() < 0.7 ? random.int(4, 5) : random.int(1, 4);
        const answeredOn = new Date(event.closedAt + random.int(0, 6) * DAY).toISOString().slice(0, 10);
        feedback.push([`lt${certId.toString(16).padStart(12, "0")}`, event.id, answeredOn, overall, Math.max(1, Math.min(5, overall + random.int(-1, 1))), overall >= 4 ? 1 : 0]);
      }
    }
  });

  times.push(`generating ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // A larger page cache for the bulk insert: with SQLite's default 2 MB the random keys of the
  // indexes (e-mail addresses, certificate hashes) thrash it and the insert takes minutes. The
  // transaction takes over the client's connection, so the setting ends with it.
  await client.execute("pragma cache_size = -262144");
  const tx = await client.transaction("write");
  try {
    await insertRows(tx, "events", [
      "id", "slug", "title", "summary", "description", "format_id", "organisation_id", "trainer", "attendance_mode", "venue_id", "capacity", "registration_opens_at", "status",
      "starts_at", "ends_at", "published_at", "created_at", "updated_at", "attendance_closed_at",
    ], events, times);
    await insertRows(tx, "event_sessions", ["id", "event_id", "starts_at", "ends_at"], sessionRows, times);
    await insertRows(tx, "event_topics", ["event_id", "topic_id"], topicRows, times);
    await insertRows(tx, "event_languages", ["event_id", "language"], languageRows, times);
    await insertRows(tx, "registrations", ["id", "event_id", "status", "first_name", "last_name", "email", "email_normalized", "initiative_id", "source", "cancelled_at", "created_at", "updated_at"], registrations, times);
    await insertRows(tx, "session_attendance", ["registration_id", "session_id", "status", "recorded_at"], marks, times);
    await insertRows(tx, "certificates", ["id", "registration_id", "event_id", "code_seed", "code_hash", "session_ids", "minutes_attended", "status", "issued_at"], certificates, times);
    await insertRows(tx, "feedback_answers", ["id", "event_id", "answered_on", "overall", "helpful", "would_recommend"], feedback, times);
    await tx.commit();
  } finally {
    tx.close();
  }
  // No ANALYZE: the app never runs it, so the planner works here as it would in production.
  return {
    events: events.length,
    sessions: sessionRows.length,
    registrations: registrations.length,
    marks: marks.length,
    certificates: certificates.length,
    feedback: feedback.length,
    timings: times.join(", "),
  };
}
