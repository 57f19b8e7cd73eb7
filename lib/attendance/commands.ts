import "server-only";
import { and, eq } from "drizzle-orm";
import { registrations, seatHoldingStatuses, sessionAttendance, type Registration } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { auditRegistration } from "@/lib/participants/registration-audit";
import { changeRegistrationStatus } from "@/lib/registrations/status-write";
import { attendanceEventForActor } from "./access";
import type { SessionAttendanceInput } from "./schemas";

export type MarkResult = "marked" | "unchanged" | "not_member" | "closed";

/**
 * What marking and undoing share: the event (access checked), the person's registration of it, the
 * mark's key and its current value; or why nothing may be marked.
 */
async function markTarget(tx: Tx, actor: Actor, input: Omit<SessionAttendanceInput, "status">) {
  const { event, sessions } = await attendanceEventForActor(actor, input.eventId, tx);
  if (!sessions.some((s) => s.id === input.sessionId)) throw new AccessDenied();
  const [r] = await tx.select().from(registrations).where(and(eq(registrations.id, input.registrationId), eq(registrations.eventId, event.id)));
  if (!r) throw new AccessDenied();
  if (!(seatHoldingStatuses as readonly string[]).includes(r.status)) return "not_member" as const;
  if (event.attendanceClosedAt) return "closed" as const;
  const key = and(eq(sessionAttendance.registrationId, r.id), eq(sessionAttendance.sessionId, input.sessionId));
  const [before] = await tx.select({ status: sessionAttendance.status }).from(sessionAttendance).where(key);
  return { event, sessions, r, key, before };
}

/**
 * Marks a person with a seat present or absent at one session of an event (and corrects an earlier
 * mark), with an audit entry, in one write transaction. This is the one model of attendance for
 * every event: the check-in of a single-session event and the attendance page of a course or a
 * supervision group both write here. A session or registration of another event is refused like a
 * missing one; people without a seat (waiting, applied, declined, cancelled) are not marked; once
 * attendance is closed, it must be reopened first (certificates follow from the closed state).
 */
export async function markSessionAttendance(actor: Actor, input: SessionAttendanceInput, now = new Date()): Promise<MarkResult> {
  return writeTransaction(async (tx) => {
    const target = await markTarget(tx, actor, input);
    if (typeof target === "string") return target;
    const { event, sessions, r, key, before } = target;
    if (before?.status === input.status) return "unchanged" as const;
    const values = { status: input.status, recordedAt: now, recordedByAccountId: actor.accountId };
    await tx
      .insert(sessionAttendance)
      .values({ registrationId: r.id, sessionId: input.sessionId, ...values })
      .onConflictDoUpdate({ target: [sessionAttendance.registrationId, sessionAttendance.sessionId], set: values });
    if (sessions.length === 1) await syncAttendanceStatus(tx, r, now);
    await auditRegistration(
      tx,
      actor,
      event,
      r,
      "registration.session_attendance",
      { before: { sessionId: input.sessionId, status: before?.status ?? null }, after: { sessionId: input.sessionId, status: input.status } },
      now,
    );
    return "marked" as const;
  });
}

export type ClearResult = "cleared" | "unchanged" | "not_member" | "closed";

/**
 * Undoes a mark: the person is "offen" (not yet marked) at that session again, for a wrong tap at
 * the check-in. Authorised exactly like marking, one write transaction with an audit entry; the
 * statistics triggers follow the deleted row and the status change by themselves. At a
 * single-session event the registration's status goes back to "confirmed".
 */
export async function clearSessionAttendance(actor: Actor, input: Omit<SessionAttendanceInput, "status">, now = new Date()): Promise<ClearResult> {
  return writeTransaction(async (tx) => {
    const target = await markTarget(tx, actor, input);
    if (typeof target === "string") return target;
    const { event, sessions, r, key, before } = target;
    if (!before) return "unchanged" as const;
    await tx.delete(sessionAttendance).where(key);
    if (sessions.length === 1) await syncAttendanceStatus(tx, r, now);
    await auditRegistration(
      tx,
      actor,
      event,
      r,
      "registration.session_attendance",
      { before: { sessionId: input.sessionId, status: before.status }, after: { sessionId: input.sessionId, status: null } },
      now,
    );
    return "cleared" as const;
  });
}

/**
 * At a single-session event the registration's status follows the mark ("attended" / "no_show"),
 * as the check-in always did; lists and exports read it. At an event with several sessions the
 * person stays "confirmed" until the end: a member who came to the first meeting must still get
 * reminders, change notices and the right to withdraw, which all go by "confirmed". Their
 * attendance is the set of session marks.
 */
async function syncAttendanceStatus(tx: Tx, r: Registration, now: Date): Promise<void> {
  const marks = await tx.select({ status: sessionAttendance.status }).from(sessionAttendance).where(eq(sessionAttendance.registrationId, r.id));
  // No mark left (an undone one): the person is open again, as before the check-in.
  const to = marks.some((m) => m.status === "present") ? "attended" : marks.length ? "no_show" : "confirmed";
  if (to !== r.status) await changeRegistrationStatus(tx, r, to, { checkedInAt: to === "confirmed" ? null : now, updatedAt: now });
}
