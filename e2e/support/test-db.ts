import { createClient } from "@libsql/client";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";

/**
 * Direct access to the end-to-end database (the servers' own file) for fixtures: an event with a
 * known capacity that no other test touches, and counts to check what the servers stored.
 */
const client = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

/**
 * A published event two weeks ahead. Optional: `sessions` weekly sessions (default 1), a registration
 * deadline `registrationClosesAt` (ms since 1970), and `confirmed` confirmed registrations.
 */
export async function createTestEvent(options: {
  capacity: number;
  title?: string;
  registrationClosed?: boolean;
  organisation?: string;
  sessions?: number;
  registrationClosesAt?: number;
  confirmed?: number;
}) {
  const id = randomUUID().slice(0, 8);
  const slug = `testveranstaltung-${id}`;
  const title = options.title ?? `Testveranstaltung ${id}`;
  // Two weeks ahead at 16:00 UTC (17:00 or 18:00 in Berlin), whatever the time of day now: an event
  // that started late in the evening would end after midnight, which the editor cannot show.
  const day = 24 * 3600 * 1000;
  const start = Math.floor(Date.now() / day) * day + 14 * day + 16 * 3600 * 1000;
  const sessions = Array.from({ length: options.sessions ?? 1 }, (_, i) => ({ start: start + i * 7 * day, end: start + i * 7 * day + 2 * 3600 * 1000 }));
  const end = sessions[sessions.length - 1].end;
  const now = Date.now();
  const org = await client.execute({ sql: "select id from organisations where slug = ?", args: [options.organisation ?? "fluechtlingskoordination"] });
  const format = await client.execute("select id from formats where slug = 'fortbildung'");
  const venue = await client.execute("select id from venues order by id limit 1");
  const inserted = await client.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, registration_closes_at, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values (?, ?, 'Eine Veranstaltung nur für Tests.', 'Beschreibung', ?, ?, 'in_person', ?, ?, ?, ?, 'published', 1, 0, ?, ?, ?, ?, ?) returning id`,
    args: [slug, title, format.rows[0].id, org.rows[0].id, venue.rows[0].id, options.capacity, options.registrationClosed ? 1 : 0, options.registrationClosesAt ?? null, start, end, now, now, now],
  });
  for (const s of sessions) {
    await client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?)", args: [inserted.rows[0].id, s.start, s.end] });
  }
  for (let i = 0; i < (options.confirmed ?? 0); i++) {
    const email = `platz.${id}.${i}@example.org`;
    await client.execute({
      sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, source, created_at, updated_at)
            values (?, 'confirmed', 'Test', 'Person', ?, ?, '{}', 'online', ?, ?)`,
      args: [inserted.rows[0].id, email, email, now, now],
    });
  }
  return { slug, title, id: Number(inserted.rows[0].id) };
}

/** Cancels an event as the office would, with the reason shown to the public. */
export async function cancelTestEvent(eventId: number, reason: string) {
  await client.execute({ sql: "update events set status = 'cancelled', cancellation_reason = ?, sequence = sequence + 1 where id = ?", args: [reason, eventId] });
}

export async function registrationCounts(eventId: number) {
  const rows = await client.execute({ sql: "select status, count(*) as n from registrations where event_id = ? group by status", args: [eventId] });
  return Object.fromEntries(rows.rows.map((r) => [String(r.status), Number(r.n)]));
}

export async function waitlistOrder(eventId: number) {
  const rows = await client.execute({ sql: "select email from registrations where event_id = ? and status = 'waitlisted' order by created_at, id", args: [eventId] });
  return rows.rows.map((r) => String(r.email));
}

/**
 * A fresh account that no other test uses (sign-in throttling and deactivation change its state).
 * The password is hashed like the app does it.
 */
export async function createTestAccount(options: { organisation?: string; role?: "coordinator" | "organiser" | "org_admin"; password?: string } = {}) {
  const id = randomUUID().slice(0, 8);
  const email = `test-${id}@example.org`;
  const password = options.password ?? `Test-Passwort-${id}`;
  const org = await client.execute({ sql: "select id from organisations where slug = ?", args: [options.organisation ?? "volkshochschule-am-rhein"] });
  const now = Date.now();
  const inserted = await client.execute({
    sql: `insert into accounts (organisation_id, email, name, role, password_hash, active, session_version, created_at, updated_at)
          values (?, ?, ?, ?, ?, 1, 1, ?, ?) returning id`,
    args: [org.rows[0].id, email, `Test ${id}`, options.role ?? "organiser", await hashPassword(password), now, now],
  });
  return { id: Number(inserted.rows[0].id), email, password, name: `Test ${id}` };
}

export async function setAccountActive(accountId: number, active: boolean) {
  await client.execute({ sql: "update accounts set active = ?, session_version = session_version + 1 where id = ?", args: [active ? 1 : 0, accountId] });
}

/**
 * An upcoming demo supervision group that takes applications, with members and several sessions,
 * given room for `freePlaces` more people. The demo data is relative to the day the suite runs and
 * other tests apply to groups too, so no test may assume that the list happens to show a group
 * with open places: it makes one. Returns the group's title as the public list shows it.
 */
export async function groupWithPlaces(freePlaces = 5) {
  const now = Date.now();
  const rows = await client.execute({
    sql: `select e.id, e.slug, e.title,
            (select count(*) from registrations r where r.event_id = e.id and r.status in ('confirmed', 'attended', 'no_show')) as members
          from events e join formats f on f.id = e.format_id
          where f.slug = 'gruppensupervision' and e.status = 'published' and e.registration_closed = 0
            and e.starts_at > ? and (e.registration_closes_at is null or e.registration_closes_at > ?)
            and (select count(*) from event_sessions s where s.event_id = e.id) > 1
            and exists (select 1 from registrations r where r.event_id = e.id and r.status = 'confirmed')
          order by e.starts_at, e.id limit 1`,
    args: [now + 24 * 3600 * 1000, now + 3600 * 1000],
  });
  if (rows.rows.length === 0) throw new Error("The demo data holds no upcoming supervision group with members.");
  const group = rows.rows[0];
  await client.execute({ sql: "update events set capacity = max(capacity, ?) where id = ?", args: [Number(group.members) + freePlaces, group.id] });
  return { id: Number(group.id), slug: String(group.slug), title: String(group.title) };
}

/**
 * A published event of the Volkshochschule that is over: two two-hour sessions nine and eight days
 * ago (16:00 UTC), and one confirmed registration per person given, each with its own address.
 */
export async function createPastTestEvent(people: { firstName: string; lastName: string; email: string }[]) {
  const id = randomUUID().slice(0, 8);
  const day = 24 * 3600 * 1000;
  const today = Math.floor(Date.now() / day) * day;
  const sessions = [9, 8].map((back) => {
    const start = today - back * day + 16 * 3600 * 1000;
    return { start, end: start + 2 * 3600 * 1000 };
  });
  const now = Date.now();
  const org = await client.execute("select id from organisations where slug = 'volkshochschule-am-rhein'");
  const format = await client.execute("select id from formats where slug = 'fortbildung'");
  const venue = await client.execute("select id from venues order by id limit 1");
  const inserted = await client.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values (?, ?, 'Eine vergangene Veranstaltung nur für Tests.', 'Beschreibung', ?, ?, 'in_person', ?, 20, 0, 'published', 1, 0, ?, ?, ?, ?, ?) returning id`,
    args: [`vergangen-${id}`, `Umgang mit Behörden ${id}`, format.rows[0].id, org.rows[0].id, venue.rows[0].id, sessions[0].start, sessions[1].end, now - 30 * day, now - 30 * day, now - 30 * day],
  });
  const eventId = Number(inserted.rows[0].id);
  const sessionIds: number[] = [];
  for (const s of sessions) {
    const row = await client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?) returning id", args: [eventId, s.start, s.end] });
    sessionIds.push(Number(row.rows[0].id));
  }
  const registrationIds: number[] = [];
  for (const p of people) {
    const row = await client.execute({
      sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, source, created_at, updated_at)
            values (?, 'confirmed', ?, ?, ?, ?, '{}', 'online', ?, ?) returning id`,
      args: [eventId, p.firstName, p.lastName, p.email, p.email.toLowerCase(), now - 20 * day, now - 20 * day],
    });
    registrationIds.push(Number(row.rows[0].id));
  }
  return { id: eventId, title: `Umgang mit Behörden ${id}`, sessionIds, registrationIds };
}

/**
 * A supervision group of its own for a spec: run by the organisation of the demo groups, three
 * weekly sessions from two weeks ahead, and `members` confirmed members with known names.
 */
export async function createTestGroup(members: string[]) {
  const id = randomUUID().slice(0, 8);
  const day = 24 * 3600 * 1000;
  const first = Math.floor(Date.now() / day) * day + 14 * day + 16 * 3600 * 1000;
  const sessions = [0, 7, 14].map((d) => ({ start: first + d * day, end: first + d * day + 2 * 3600 * 1000 }));
  const now = Date.now();
  const demo = await client.execute("select e.organisation_id, e.format_id, e.venue_id from events e join formats f on f.id = e.format_id where f.is_supervision = 1 limit 1");
  const [row] = demo.rows;
  const inserted = await client.execute({
    sql: `insert into events (slug, title, summary, description, format_id, organisation_id, attendance_mode, venue_id, capacity,
            registration_closed, status, reminder_enabled, sequence, starts_at, ends_at, published_at, created_at, updated_at)
          values (?, ?, 'Eine Gruppe nur für Tests.', 'Beschreibung', ?, ?, 'in_person', ?, 12, 0, 'published', 1, 0, ?, ?, ?, ?, ?) returning id`,
    args: [`testgruppe-${id}`, `Gruppensupervision Testgruppe ${id}`, row.format_id, row.organisation_id, row.venue_id, sessions[0].start, sessions[2].end, now, now, now],
  });
  const eventId = Number(inserted.rows[0].id);
  const sessionIds: number[] = [];
  for (const s of sessions) {
    const r = await client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, ?, ?) returning id", args: [eventId, s.start, s.end] });
    sessionIds.push(Number(r.rows[0].id));
  }
  const people: { id: number; name: string }[] = [];
  for (const [i, name] of members.entries()) {
    const [firstName, lastName] = name.split(" ");
    const email = `${firstName.toLowerCase()}.${id}.${i}@example.org`;
    const r = await client.execute({
      sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, source, created_at, updated_at)
            values (?, 'confirmed', ?, ?, ?, ?, '{}', 'online', ?, ?) returning id`,
      args: [eventId, firstName, lastName, email, email, now, now],
    });
    people.push({ id: Number(r.rows[0].id), name });
  }
  return { id: eventId, slug: `testgruppe-${id}`, title: `Gruppensupervision Testgruppe ${id}`, sessionIds, members: people };
}

/** Changes fields of an event directly in the file, as any other process could (the public cache must notice). */
export async function updateTestEvent(eventId: number, changes: { title?: string; status?: "draft" | "published" }) {
  if (changes.title) await client.execute({ sql: "update events set title = ? where id = ?", args: [changes.title, eventId] });
  if (changes.status) await client.execute({ sql: "update events set status = ? where id = ?", args: [changes.status, eventId] });
}

/** Cancels one registration directly in the file (as another process would), by its address. */
export async function cancelTestRegistration(eventId: number, email: string) {
  await client.execute({ sql: "update registrations set status = 'cancelled', cancelled_at = ? where event_id = ? and email_normalized = ?", args: [Date.now(), eventId, email.toLowerCase()] });
}

/** Every person's name ("First Last") and e-mail address the database holds (the seeded demo people and the tests'). */
export async function personalValues(): Promise<string[]> {
  const rows = await client.execute(
    "select first_name || ' ' || last_name as value from registrations where first_name <> '' union select email from registrations where email is not null union select email from accounts union select name from accounts",
  );
  return rows.rows.map((r) => String(r.value)).filter((v) => v.length >= 5);
}

/** Gives a test event the optional English title and summary an organiser can write (issue 16). */
export async function setEnglishEventText(eventId: number, titleEn: string, summaryEn: string) {
  await client.execute({ sql: "update events set title_en = ?, summary_en = ?, updated_at = ? where id = ?", args: [titleEn, summaryEn, Date.now(), eventId] });
}
