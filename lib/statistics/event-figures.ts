import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";

/** The figures of one event in scope, computed in SQL (one grouped sub-query per table, no row loops). */
export type EventFigures = {
  id: number;
  title: string;
  status: "published" | "cancelled";
  startsAt: number;
  capacity: number;
  organisationId: number;
  formatId: number;
  attendanceClosed: boolean;
  sessions: number;
  minutesOffered: number;
  registrations: number;
  seats: number;
  waiting: number;
  attended: number;
  participantMinutes: number;
  certificates: number;
  feedbackAnswers: number;
};

const SEAT = `('confirmed', 'attended', 'no_show')`;

/**
 * Per-event figures for the events a scope condition selects (lib/statistics/filter.ts eventScope).
 * "attended" = a seat holder marked present at one session at least; participant minutes = the
 * durations of the sessions they were present at.
 */
export async function eventFigures(scope: SQL): Promise<EventFigures[]> {
  const rows = await db.all<Record<string, number | string | null>>(sql`
    with ev as (select id, title, status, starts_at, capacity, organisation_id, format_id, attendance_closed_at from events where ${scope}),
    s as (select event_id, count(*) as n, sum(ends_at - starts_at) as ms from event_sessions where event_id in (select id from ev) group by event_id),
    r as (
      select event_id, count(*) as total,
        sum(case when status in ${sql.raw(SEAT)} then 1 else 0 end) as seats,
        sum(case when status = 'waitlisted' then 1 else 0 end) as waiting
      from registrations where event_id in (select id from ev) group by event_id
    ),
    p as (
      select es.event_id as event_id, count(distinct sa.registration_id) as attended, sum(es.ends_at - es.starts_at) as ms
      from session_attendance sa
      join event_sessions es on es.id = sa.session_id
      join registrations rr on rr.id = sa.registration_id and rr.status in ${sql.raw(SEAT)}
      where sa.status = 'present' and es.event_id in (select id from ev)
      group by es.event_id
    ),
    c as (select event_id, count(*) as n from certificates where status = 'valid' and event_id in (select id from ev) group by event_id),
    f as (select event_id, count(*) as n from feedback_answers where event_id in (select id from ev) group by event_id)
    select ev.id, ev.title, ev.status, ev.starts_at, ev.capacity, ev.organisation_id, ev.format_id, ev.attendance_closed_at,
      coalesce(s.n, 0) as sessions, coalesce(s.ms, 0) as ms_offered,
      coalesce(r.total, 0) as registrations, coalesce(r.seats, 0) as seats, coalesce(r.waiting, 0) as waiting,
      coalesce(p.attended, 0) as attended, coalesce(p.ms, 0) as ms_attended,
      coalesce(c.n, 0) as certificates, coalesce(f.n, 0) as feedback
    from ev
    left join s on s.event_id = ev.id
    left join r on r.event_id = ev.id
    left join p on p.event_id = ev.id
    left join c on c.event_id = ev.id
    left join f on f.event_id = ev.id
    order by ev.starts_at, ev.id
  `);
  return rows.map((row) => ({
    id: Number(row.id),
    title: String(row.title),
    status: row.status === "cancelled" ? "cancelled" : "published",
    startsAt: Number(row.starts_at),
    capacity: Number(row.capacity),
    organisationId: Number(row.organisation_id),
    formatId: Number(row.format_id),
    attendanceClosed: row.attendance_closed_at !== null,
    sessions: Number(row.sessions),
    minutesOffered: Math.round(Number(row.ms_offered) / 60_000),
    registrations: Number(row.registrations),
    seats: Number(row.seats),
    waiting: Number(row.waiting),
    attended: Number(row.attended),
    participantMinutes: Math.round(Number(row.ms_attended) / 60_000),
    certificates: Number(row.certificates),
    feedbackAnswers: Number(row.feedback),
  }));
}
