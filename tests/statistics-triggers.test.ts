import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { statisticsBackfillSql, statisticsTriggers, triggerName } from "@/db/triggers/statistics";
import { freshDemoDatabase } from "./support/test-db";

/**
 * The statistics read summaries that SQLite triggers keep (db/triggers/statistics.ts): per event
 * (event_figures), per registration (person_key, present_sessions, present_ms, person_first_at) and
 * per person (person_first_attendance). After every kind of write they must equal what a direct
 * count over the raw tables gives; this recounts the whole demo database after each step.
 */
type Ctx = Awaited<ReturnType<typeof freshDemoDatabase>>;
let c: Ctx;
const now = new Date("2026-11-25T12:00:00Z");

beforeAll(async () => {
  c = await freshDemoDatabase(now);
});

const SEAT = "('confirmed', 'attended', 'no_show')";
/** Rows where a summary differs from the direct count (empty when all agree). */
async function mismatches(): Promise<unknown[]> {
  const q = async (sql: string) => (await c.client.execute(sql)).rows.map((r) => ({ ...r }));
  const events = await q(`
    with direct as (select e.id,
      (select count(*) from event_sessions where event_id = e.id) as sessions,
      (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = e.id) as ms_offered,
      (select count(*) from registrations where event_id = e.id) as registrations,
      (select count(*) from registrations where event_id = e.id and status in ${SEAT}) as seats,
      (select count(*) from registrations where event_id = e.id and status = 'waitlisted') as waiting,
      (select count(distinct sa.registration_id) from session_attendance sa join registrations r on r.id = sa.registration_id
        where r.event_id = e.id and r.status in ${SEAT} and sa.status = 'present') as attended,
      (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join registrations r on r.id = sa.registration_id
        join event_sessions es on es.id = sa.session_id where r.event_id = e.id and r.status in ${SEAT} and sa.status = 'present') as ms_attended,
      (select count(*) from session_attendance sa join registrations r on r.id = sa.registration_id
        where r.event_id = e.id and r.status in ${SEAT} and sa.status = 'present') as present_marks,
      (select count(*) from certificates where event_id = e.id and status = 'valid') as certificates,
      (select count(*) from feedback_answers where event_id = e.id) as feedback,
      (select coalesce(sum(overall), 0) from feedback_answers where event_id = e.id) as feedback_overall_sum
      from events e)
    select d.*, 'event' as kind from direct d left join event_figures f on f.event_id = d.id
    where f.event_id is null or f.sessions <> d.sessions or f.ms_offered <> d.ms_offered or f.registrations <> d.registrations
      or f.seats <> d.seats or f.waiting <> d.waiting or f.attended <> d.attended or f.ms_attended <> d.ms_attended
      or f.present_marks <> d.present_marks or f.certificates <> d.certificates or f.feedback <> d.feedback
      or f.feedback_overall_sum <> d.feedback_overall_sum`);
  const people = await q(`
    with direct as (select r.person_key, min(e.starts_at) as first from registrations r join events e on e.id = r.event_id
      where r.status in ${SEAT} and exists (select 1 from session_attendance sa where sa.registration_id = r.id and sa.status = 'present')
      group by r.person_key)
    select 'person' as kind, d.person_key, d.first, f.first_attended_at from direct d full join person_first_attendance f on f.person_key = d.person_key
    where d.first is not f.first_attended_at`);
  const registrations = await q(`
    select 'registration' as kind, r.id from registrations r left join person_first_attendance f on f.person_key = r.person_key
    where r.person_first_at is not f.first_attended_at or r.person_no is not f.no
      or (r.anonymised_at is null and r.person_key is not coalesce(r.email_normalized, 'name:' || lower(r.first_name || ' ' || r.last_name)))`);
  return [...events, ...people, ...registrations];
}

const one = async (sql: string) => (await c.client.execute(sql)).rows[0] as Record<string, unknown>;

describe("the statistics summaries kept by triggers", () => {
  it("are written verbatim into the newest migration that creates each of them", () => {
    const dir = path.join(process.cwd(), "db/migrations");
    const migrations = readdirSync(dir)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), "utf8"));
    expect(migrations.find((m) => m.includes(statisticsBackfillSql))).toBeDefined();
    for (const statement of statisticsTriggers) {
      const newest = migrations.findLast((m) => m.includes(`CREATE TRIGGER \`${triggerName(statement)}\``));
      expect(newest, triggerName(statement)).toContain(statement);
    }
  });

  it("match direct counts on the seeded demo", async () => {
    expect(Number((await one("select count(*) as n from session_attendance")).n)).toBeGreaterThan(100);
    expect(await mismatches()).toEqual([]);
  });

  it("follow attendance marks set, changed and removed", async () => {
    const mark = await one("select registration_id, session_id from session_attendance where status = 'present' limit 1");
    await c.client.execute({ sql: "update session_attendance set status = 'absent' where registration_id = ? and session_id = ?", args: [mark.registration_id as number, mark.session_id as number] });
    expect(await mismatches()).toEqual([]);
    await c.client.execute({ sql: "delete from session_attendance where registration_id = ?", args: [mark.registration_id as number] });
    expect(await mismatches()).toEqual([]);
    await c.client.execute({ sql: "insert into session_attendance (registration_id, session_id, status, recorded_at) values (?, ?, 'present', ?)", args: [mark.registration_id as number, mark.session_id as number, now.getTime()] });
    expect(await mismatches()).toEqual([]);
  });

  it("follow status changes, renamed people, moved and deleted registrations", async () => {
    const r = await one("select r.id, r.event_id from registrations r where r.present_sessions > 0 and r.status in ('confirmed', 'attended') limit 1");
    await c.client.execute({ sql: "update registrations set status = 'cancelled' where id = ?", args: [r.id as number] });
    expect(await mismatches()).toEqual([]);
    await c.client.execute({ sql: "update registrations set status = 'attended', email_normalized = 'neu@example.org' where id = ?", args: [r.id as number] });
    expect(await mismatches()).toEqual([]);
    const other = await one(`select id from events where id <> ${Number(r.event_id)} limit 1`);
    await c.client.execute({ sql: "update registrations set event_id = ? where id = ?", args: [other.id as number, r.id as number] });
    expect(await mismatches()).toEqual([]);
    await c.client.execute({ sql: "delete from registrations where id = ?", args: [r.id as number] });
    expect(await mismatches()).toEqual([]);
  });

  it("follow moved sessions and events, certificates, feedback and deleted events", async () => {
    const s = await one("select es.id, es.event_id from event_sessions es join session_attendance sa on sa.session_id = es.id limit 1");
    await c.client.execute({ sql: "update event_sessions set ends_at = ends_at + 3600000 where id = ?", args: [s.id as number] });
    await c.client.execute({ sql: "update events set starts_at = starts_at - 400 * 86400000 where id = ?", args: [s.event_id as number] });
    expect(await mismatches()).toEqual([]);
    await c.client.execute("update certificates set status = 'withdrawn' where id = (select min(id) from certificates where status = 'valid')");
    await c.client.execute({ sql: "insert into feedback_answers (id, event_id, answered_on, overall, helpful, would_recommend) values ('t1', ?, '2026-11-25', 4, 5, 1)", args: [s.event_id as number] });
    expect(await mismatches()).toEqual([]);
    const empty = await one("select e.id from events e where not exists (select 1 from registrations where event_id = e.id) and not exists (select 1 from certificates where event_id = e.id) limit 1");
    await c.client.execute({ sql: "insert into event_sessions (event_id, starts_at, ends_at) values (?, 0, 3600000)", args: [empty.id as number] });
    await c.client.execute({ sql: "delete from events where id = ?", args: [empty.id as number] });
    expect(await mismatches()).toEqual([]);
  });
});
