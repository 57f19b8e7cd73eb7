import "server-only";
import { attendanceEventForActor } from "@/lib/attendance/access";
import { clearSessionAttendance, markSessionAttendance, type ClearResult, type MarkResult } from "@/lib/attendance/commands";
import { chooseSession } from "@/lib/attendance/queries";
import type { Actor } from "@/lib/auth/actor";

/**
 * "Da" / "Nicht da" at the check-in on the day. Attendance is recorded per session for every
 * event (lib/attendance/commands.ts); the check-in marks the session that is on now (for a
 * single-session event, its only one). Events with several dates take attendance per date on the
 * attendance page.
 */
export async function markAttendance(
  actor: Actor,
  input: { eventId: number; registrationId: number; attendance: "attended" | "no_show" },
  now = new Date(),
): Promise<MarkResult | "no_seat"> {
  const { sessions } = await attendanceEventForActor(actor, input.eventId);
  const session = chooseSession(sessions, undefined, now);
  if (!session) return "no_seat";
  const result = await markSessionAttendance(
    actor,
    { eventId: input.eventId, sessionId: session.id, registrationId: input.registrationId, status: input.attendance === "attended" ? "present" : "absent" },
    now,
  );
  return result === "not_member" ? "no_seat" : result;
}

/** Undoes a check-in mark of the session on now: the person is "offen" again (a wrong tap). */
export async function clearAttendance(actor: Actor, input: { eventId: number; registrationId: number }, now = new Date()): Promise<ClearResult | "no_seat"> {
  const { sessions } = await attendanceEventForActor(actor, input.eventId);
  const session = chooseSession(sessions, undefined, now);
  if (!session) return "no_seat";
  const result = await clearSessionAttendance(actor, { eventId: input.eventId, sessionId: session.id, registrationId: input.registrationId }, now);
  return result === "not_member" ? "no_seat" : result;
}
