import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";

const SEAT = sql.raw(`('confirmed', 'attended', 'no_show')`);

/**
 * Who was reached: people present at one of the held events (`held`: a condition on `events`),
 * each once (registrations.person_no, the number of their registrations.person_key: the address,
 * else the name; a random key after anonymisation); those whose first attended event of the programme ever starts at `from` or later
 * (registrations.person_first_at); the initiatives they named, and attendees per initiative
 * (largest first). The attendee set is read once, from a covering index, for all these figures.
 */
export async function peopleFigures(held: SQL, from: Date) {
  const rows = await db.all<{ name: string | null; attendees: number; people: number; initiatives: number; firsts: number }>(sql`
    with att as materialized (
      select distinct r.person_no as person, r.initiative_id as initiative, r.person_first_at as first_at from registrations r
      where r.event_id in (select id from events where ${held}) and r.status in ${SEAT} and r.present_sessions > 0)
    select i.name as name, count(*) as attendees,
      (select count(distinct person) from att) as people,
      (select count(distinct initiative) from att) as initiatives,
      (select count(distinct person) from att where first_at >= ${from.getTime()}) as firsts
    from att left join initiatives i on i.id = att.initiative
    group by att.initiative order by attendees desc, name`);
  const [listed] = await db.all<{ n: number }>(sql`select count(*) as n from initiatives where active = 1`);
  const totals = rows[0];
  return {
    distinctVolunteers: Number(totals?.people ?? 0),
    initiativesReached: Number(totals?.initiatives ?? 0),
    firstTimeVolunteers: Number(totals?.firsts ?? 0),
    initiativesListed: Number(listed?.n ?? 0),
    byInitiative: rows.map((r) => ({ name: r.name, attendees: Number(r.attendees) })),
  };
}

/**
 * Supervision groups that have begun, as counts only: groups, sessions, members, present marks and
 * possible marks (members × sessions begun), from event_figures.
 */
export async function supervisionFigures(begun: SQL, now: Date) {
  const [row] = await db.all<Record<string, number | null>>(sql`
    select count(*) as groups, coalesce(sum(f.sessions), 0) as sessions, coalesce(sum(f.seats), 0) as members,
      coalesce(sum(f.present_marks), 0) as present,
      coalesce(sum(f.seats * (select count(*) from event_sessions s where s.event_id = events.id and s.starts_at <= ${now.getTime()})), 0) as possible
    from events join event_figures f on f.event_id = events.id
    where ${begun}`);
  return {
    groups: Number(row?.groups ?? 0),
    sessions: Number(row?.sessions ?? 0),
    members: Number(row?.members ?? 0),
    presentMarks: Number(row?.present ?? 0),
    possibleMarks: Number(row?.possible ?? 0),
  };
}
