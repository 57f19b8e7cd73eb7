import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { events } from "./events";

/**
 * The per-event counts of the statistics (lib/statistics/event-figures.ts), one row per event.
 * Kept up to date by SQLite triggers (db/triggers/statistics.ts, created by migration 0014) on
 * every write to event_sessions, registrations, session_attendance, certificates and
 * feedback_answers, in the same transaction as the write: no code path can forget it, and the
 * statistics read 10,000 rows instead of aggregating 600,000.
 */
export const eventFigures = sqliteTable("event_figures", {
  eventId: integer("event_id")
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  sessions: integer("sessions").notNull().default(0),
  /** Sum of the session durations in milliseconds. */
  msOffered: integer("ms_offered").notNull().default(0),
  registrations: integer("registrations").notNull().default(0),
  /** Registrations holding a seat (confirmed, attended, no-show). */
  seats: integer("seats").notNull().default(0),
  waiting: integer("waiting").notNull().default(0),
  /** Seat holders present at one session at least. */
  attended: integer("attended").notNull().default(0),
  /** Sum of the durations of the sessions seat holders were present at, in milliseconds. */
  msAttended: integer("ms_attended").notNull().default(0),
  /** Present marks of seat holders (sessions × people present), for supervision groups' attendance. */
  presentMarks: integer("present_marks").notNull().default(0),
  certificates: integer("certificates").notNull().default(0),
  feedback: integer("feedback").notNull().default(0),
  /** Sums of the feedback answers' ratings and recommendations, for averages over many events. */
  feedbackOverallSum: integer("feedback_overall_sum").notNull().default(0),
  feedbackHelpfulSum: integer("feedback_helpful_sum").notNull().default(0),
  feedbackRecommendSum: integer("feedback_recommend_sum").notNull().default(0),
});

/**
 * When each person (registrations.person_key) first attended an event of the programme: the start
 * of the earliest event at which they held a seat and were present. Kept by the same triggers; the
 * statistics count first-time volunteers from it.
 */
export const personFirstAttendance = sqliteTable(
  "person_first_attendance",
  {
    /** Copied onto the person's registrations (person_no): distinct counts over integers are cheaper than over addresses. */
    no: integer("no").primaryKey({ autoIncrement: true }),
    personKey: text("person_key").notNull().unique(),
    firstAttendedAt: integer("first_attended_at").notNull(),
  },
  (t) => [index("person_first_attendance_at_idx").on(t.firstAttendedAt)],
);
