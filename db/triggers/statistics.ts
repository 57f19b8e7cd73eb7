/**
 * The SQL of the triggers that keep the statistics' summaries (db/schema/statistics.ts and the
 * person_key / present_* columns of registrations) in step with every write, and of the statements
 * that fill them once for existing data. The newest migration that creates a trigger holds its text
 * verbatim (tests/statistics-triggers.test.ts checks it): to change one, change it here and write a
 * new migration that drops it and creates it anew (`npx tsx scripts/print-statistics-triggers.ts NAME`).
 *
 * Triggers rather than code in the data layer: marks, registrations, certificates and answers are
 * written from many places (commands, seeds, jobs), and a summary that one of them forgot would make
 * the funding report quietly wrong.
 */

const SEAT = "('confirmed', 'attended', 'no_show')";
const PERSON_KEY = "coalesce(email_normalized, 'name:' || lower(first_name || ' ' || last_name))";

/**
 * One row of event_figures for the event `e` (an SQL expression), inserted or replaced. `source`
 * ends the SELECT: by default only while the event exists (a cascade from a deleted event fires
 * the child tables' triggers after the event is gone).
 */
function refreshEvent(e: string, source = `where exists (select 1 from events where id = ${e})`): string {
  return `insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select ${e},
    (select count(*) from event_sessions where event_id = ${e}),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = ${e}),
    (select count(*) from registrations where event_id = ${e}),
    (select count(*) from registrations where event_id = ${e} and status in ${SEAT}),
    (select count(*) from registrations where event_id = ${e} and status = 'waitlisted'),
    (select count(*) from registrations where event_id = ${e} and status in ${SEAT} and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = ${e} and status in ${SEAT}),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = ${e} and status in ${SEAT}),
    (select count(*) from certificates where event_id = ${e} and status = 'valid'),
    (select count(*) from feedback_answers where event_id = ${e}),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = ${e}),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = ${e}),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = ${e})
  ${source}
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;`;
}

/** Recounts the present marks of the registrations `ids` (an SQL list or sub-query). */
function refreshPresence(ids: string): string {
  return `update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (${ids});`;
}

/** Recomputes person_first_attendance for the person keys `keys` (an SQL list or sub-query), and its copy on their registrations. */
function refreshPeople(keys: string): string {
  // An upsert, not delete and insert: a person keeps their number (person_no) while they stay.
  return `delete from person_first_attendance where person_key in (${keys}) and not exists (
    select 1 from registrations r where r.person_key = person_first_attendance.person_key and r.status in ${SEAT} and r.present_sessions > 0);
  insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key in (${keys}) and r.status in ${SEAT} and r.present_sessions > 0
    group by r.person_key
    on conflict (person_key) do update set first_attended_at = excluded.first_attended_at;
  ${copyFirstAttendance(`person_key in (${keys})`)}`;
}

/** Copies person_first_attendance onto the registrations a condition selects (not a column the triggers watch: no recursion). */
const copyFirstAttendance = (where: string) =>
  `update registrations set person_first_at = (select f.first_attended_at from person_first_attendance f where f.person_key = registrations.person_key),
    person_no = (select f.no from person_first_attendance f where f.person_key = registrations.person_key) where ${where};`;

const trigger = (name: string, when: string, body: string[]) => `CREATE TRIGGER \`${name}\` ${when} BEGIN
  ${body.join("\n  ")}
END;`;

export const statisticsTriggers: string[] = [
  trigger("session_attendance_after_insert", "AFTER INSERT ON session_attendance", [refreshPresence("NEW.registration_id")]),
  trigger("session_attendance_after_update", "AFTER UPDATE ON session_attendance", [refreshPresence("OLD.registration_id, NEW.registration_id")]),
  trigger("session_attendance_after_delete", "AFTER DELETE ON session_attendance", [refreshPresence("OLD.registration_id")]),
  // Counted up rather than recounted: a registration rush inserts many rows into one event, and a
  // recount of all its registrations per insert made each insert cost milliseconds (bench:registrations).
  // The full count runs only when the event has no row yet.
  trigger("registrations_after_insert", "AFTER INSERT ON registrations", [
    `update registrations set person_key = ${PERSON_KEY} where id = NEW.id and NEW.person_key is null and NEW.anonymised_at is null;`,
    `update event_figures set registrations = registrations + 1,
    seats = seats + (NEW.status in ${SEAT}),
    waiting = waiting + (NEW.status = 'waitlisted'),
    attended = attended + (NEW.status in ${SEAT} and NEW.present_sessions > 0),
    ms_attended = ms_attended + (case when NEW.status in ${SEAT} then NEW.present_ms else 0 end),
    present_marks = present_marks + (case when NEW.status in ${SEAT} then NEW.present_sessions else 0 end)
  where event_id = NEW.event_id;`,
    refreshEvent("NEW.event_id", "where exists (select 1 from events where id = NEW.event_id) and not exists (select 1 from event_figures where event_id = NEW.event_id)"),
  ]),
  // Anonymised rows keep the random key anonymisation gave them (lib/privacy/anonymise.ts).
  trigger("registrations_person_key", "AFTER UPDATE OF email_normalized, first_name, last_name ON registrations WHEN NEW.anonymised_at IS NULL", [
    `update registrations set person_key = ${PERSON_KEY} where id = NEW.id;`,
  ]),
  // Not when a new row only gets its first person key (the insert trigger above): nothing counted changes.
  trigger(
    "registrations_after_update",
    `AFTER UPDATE OF status, event_id, present_sessions, present_ms, person_key ON registrations
  WHEN NOT (OLD.person_key IS NULL AND NEW.present_sessions = 0 AND OLD.present_sessions = 0 AND OLD.status = NEW.status
    AND OLD.event_id = NEW.event_id AND OLD.present_ms = NEW.present_ms)`,
    [
      refreshEvent("NEW.event_id"),
      refreshEvent("OLD.event_id", "where OLD.event_id <> NEW.event_id and exists (select 1 from events where id = OLD.event_id)"),
      refreshPeople("OLD.person_key, NEW.person_key"),
    ],
  ),
  trigger("registrations_after_delete", "AFTER DELETE ON registrations", [refreshEvent("OLD.event_id"), refreshPeople("OLD.person_key")]),
  trigger("event_sessions_after_insert", "AFTER INSERT ON event_sessions", [refreshEvent("NEW.event_id")]),
  trigger("event_sessions_after_update", "AFTER UPDATE OF starts_at, ends_at, event_id ON event_sessions", [
    refreshPresence("select registration_id from session_attendance where session_id = NEW.id"),
    refreshEvent("NEW.event_id"),
  ]),
  trigger("event_sessions_after_delete", "AFTER DELETE ON event_sessions", [refreshEvent("OLD.event_id")]),
  trigger("events_after_insert", "AFTER INSERT ON events", [refreshEvent("NEW.id")]),
  // The first attendance of a person is the start of an event: moving an event may change it.
  trigger("events_after_update_start", "AFTER UPDATE OF starts_at ON events", [refreshPeople("select person_key from registrations where event_id = NEW.id")]),
  trigger("certificates_after_insert", "AFTER INSERT ON certificates", [refreshEvent("NEW.event_id")]),
  trigger("certificates_after_update", "AFTER UPDATE OF status, event_id ON certificates", [refreshEvent("NEW.event_id"), refreshEvent("OLD.event_id")]),
  trigger("certificates_after_delete", "AFTER DELETE ON certificates", [refreshEvent("OLD.event_id")]),
  trigger("feedback_answers_after_insert", "AFTER INSERT ON feedback_answers", [refreshEvent("NEW.event_id")]),
  trigger("feedback_answers_after_delete", "AFTER DELETE ON feedback_answers", [refreshEvent("OLD.event_id")]),
];

/** Fills the summaries once for the data that exists before the triggers (run before creating them). */
export const statisticsBackfill: string[] = [
  `update registrations set person_key = ${PERSON_KEY};`,
  refreshPresence("select distinct registration_id from session_attendance"),
  refreshEvent("ev.id", "from events ev where true"),
  `insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key is not null and r.status in ${SEAT} and r.present_sessions > 0
    group by r.person_key;`,
  copyFirstAttendance("person_key is not null"),
];

/** Statements separated as drizzle-kit separates them in a migration. */
const BREAKPOINT = "\n--> statement-breakpoint\n";

/** The name of a trigger statement of this module. */
export function triggerName(statement: string): string {
  return /^CREATE TRIGGER `([^`]+)`/.exec(statement)![1];
}

/** The backfill as migration 0014 holds it. */
export const statisticsBackfillSql = statisticsBackfill.join(BREAKPOINT);

/** The text of a migration that replaces the named triggers by their current version. */
export function replaceTriggersSql(names: string[]): string {
  const statements = statisticsTriggers.filter((t) => names.includes(triggerName(t)));
  if (statements.length !== names.length) throw new Error(`Unknown trigger among: ${names.join(", ")}`);
  return statements.flatMap((t) => [`DROP TRIGGER IF EXISTS \`${triggerName(t)}\`;`, t]).join(BREAKPOINT);
}
