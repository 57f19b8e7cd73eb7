import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";

const SEAT = sql.raw(`('confirmed', 'attended', 'no_show')`);
/** One person, however many registrations: the address, else the name (phone registrations). */
const PERSON = sql.raw(`coalesce(rr.email_normalized, 'name:' || lower(rr.first_name || ' ' || rr.last_name))`);
const PRESENT = sql.raw(`exists (select 1 from session_attendance sa where sa.registration_id = rr.id and sa.status = 'present')`);

/**
 * Who was reached: people present at one of the held events (`held`: a condition on `events`),
 * each once; those whose first attended event of the programme ever starts at `from` or later;
 * the initiatives they named, and attendees per initiative (largest first).
 */
export async function peopleFigures(held: SQL, from: Date) {
  const attendees = sql`
    select rr.id, rr.initiative_id, ${PERSON} as person, rr.email_normalized as email, lower(rr.first_name || ' ' || rr.last_name) as name from registrations rr
    where rr.event_id in (select id from events where ${held}) and rr.status in ${SEAT} and ${PRESENT}`;
  const [counts] = await db.all<{ people: number; initiatives: number }>(sql`
    with att as (${attendees}) select count(distinct person) as people, count(distinct initiative_id) as initiatives from att`);
  // New people: no attendance at an event that started before the period. Looked up per person by
  // address (an index), by name only for people registered without one (by the office, by phone).
  const [first] = await db.all<{ n: number }>(sql`
    with att as (${attendees}),
    people as (select person, max(email) as email, max(name) as name from att group by person)
    select count(*) as n from people p
    where not exists (
        select 1 from registrations r2 join events e2 on e2.id = r2.event_id
        where r2.email_normalized = p.email and e2.starts_at < ${from.getTime()} and r2.status in ${SEAT}
          and exists (select 1 from session_attendance sa where sa.registration_id = r2.id and sa.status = 'present'))
      and (p.email is not null or not exists (
        select 1 from registrations r2 join events e2 on e2.id = r2.event_id
        where r2.email_normalized is null and lower(r2.first_name || ' ' || r2.last_name) = p.name and e2.starts_at < ${from.getTime()} and r2.status in ${SEAT}
          and exists (select 1 from session_attendance sa where sa.registration_id = r2.id and sa.status = 'present')))`);
  const byInitiative = await db.all<{ name: string | null; attendees: number }>(sql`
    with att as (${attendees})
    select i.name as name, count(distinct att.person) as attendees
    from att left join initiatives i on i.id = att.initiative_id
    group by att.initiative_id order by attendees desc, name`);
  const [listed] = await db.all<{ n: number }>(sql`select count(*) as n from initiatives where active = 1`);
  return {
    distinctVolunteers: Number(counts?.people ?? 0),
    initiativesReached: Number(counts?.initiatives ?? 0),
    firstTimeVolunteers: Number(first?.n ?? 0),
    initiativesListed: Number(listed?.n ?? 0),
    byInitiative: byInitiative.map((r) => ({ name: r.name, attendees: Number(r.attendees) })),
  };
}

/** Supervision groups that have begun, as counts only: groups, sessions, members, present marks and possible marks (members × sessions begun). */
export async function supervisionFigures(begun: SQL, now: Date) {
  const t = now.getTime();
  const [row] = await db.all<Record<string, number | null>>(sql`
    with g as (select id from events where ${begun}),
    m as (select event_id, count(*) as n from registrations where event_id in (select id from g) and status in ${SEAT} group by event_id),
    s as (select event_id, count(*) as n, sum(case when starts_at <= ${t} then 1 else 0 end) as begun from event_sessions where event_id in (select id from g) group by event_id)
    select (select count(*) from g) as groups,
      (select coalesce(sum(n), 0) from s) as sessions,
      (select coalesce(sum(n), 0) from m) as members,
      (select count(*) from session_attendance sa join event_sessions es on es.id = sa.session_id
         join registrations rr on rr.id = sa.registration_id and rr.status in ${SEAT}
         where sa.status = 'present' and es.event_id in (select id from g)) as present,
      (select coalesce(sum(m.n * s.begun), 0) from m join s on s.event_id = m.event_id) as possible`);
  return {
    groups: Number(row?.groups ?? 0),
    sessions: Number(row?.sessions ?? 0),
    members: Number(row?.members ?? 0),
    presentMarks: Number(row?.present ?? 0),
    possibleMarks: Number(row?.possible ?? 0),
  };
}

/** Feedback on the held events: count, averages and the share who would recommend. */
export async function feedbackFigures(held: SQL) {
  const [row] = await db.all<Record<string, number | null>>(sql`
    select count(*) as n, avg(overall) as overall, avg(helpful) as helpful, avg(would_recommend) as recommend
    from feedback_answers where event_id in (select id from events where ${held})`);
  return { answers: Number(row?.n ?? 0), overall: row?.overall ?? null, helpful: row?.helpful ?? null, recommend: row?.recommend ?? null };
}
