import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { registrations, seatHoldingStatuses, sessionAttendance } from "@/db/schema";

/**
 * Who may give feedback: a person with a seat who was present at one session at least (the one
 * model of attendance, session_attendance) of an event whose attendance the organiser has closed, once. Pure, so that the page, the
 * manage page and the command decide alike; the command repeats the rule in its conditional update.
 */
export type FeedbackState = "open" | "given" | "not_closed" | "not_attended";

export function feedbackState(input: { attended: boolean; feedbackGiven: boolean; attendanceClosedAt: Date | null }): FeedbackState {
  // Once given, that is what the person needs to hear, even if attendance was reopened since.
  if (input.feedbackGiven) return "given";
  if (input.attendanceClosedAt === null) return "not_closed";
  if (!input.attended) return "not_attended";
  return "open";
}

/** Results are shown only from this many answers on, so that no answer points to a person. */
export const MIN_ANSWERS_SHOWN = 3;

export { COMMENT_MAX } from "./comment-max";

/** "This registration holds a seat and was present at a session", for the queries that decide. */
export function attendedCondition(): SQL {
  return and(
    inArray(registrations.status, [...seatHoldingStatuses]),
    sql`exists (select 1 from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${registrations.id} and ${eq(sessionAttendance.status, "present")})`,
  )!;
}
