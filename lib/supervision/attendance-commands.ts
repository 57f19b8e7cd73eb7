import "server-only";
import { and, eq } from "drizzle-orm";
import { registrations, seatHoldingStatuses, sessionAttendance } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { auditRegistration } from "@/lib/participants/registration-audit";
import { supervisionGroupForActor } from "./attendance-access";
import type { SessionAttendanceInput } from "./attendance-schemas";

/**
 * Marks a member of a supervision group present or absent at one session (and corrects an earlier
 * mark), with an audit entry, in one write transaction. A session or registration of another event
 * is refused like a missing one; people without a place in the group (applied, waiting, declined,
 * withdrawn) are not marked.
 */
export async function markSessionAttendance(actor: Actor, input: SessionAttendanceInput, now = new Date()): Promise<"marked" | "unchanged" | "not_member"> {
  return writeTransaction(async (tx) => {
    const { event, sessions } = await supervisionGroupForActor(actor, input.eventId, tx);
    if (!sessions.some((s) => s.id === input.sessionId)) throw new AccessDenied();
    const [r] = await tx.select().from(registrations).where(and(eq(registrations.id, input.registrationId), eq(registrations.eventId, event.id)));
    if (!r) throw new AccessDenied();
    if (!(seatHoldingStatuses as readonly string[]).includes(r.status)) return "not_member" as const;
    const key = and(eq(sessionAttendance.registrationId, r.id), eq(sessionAttendance.sessionId, input.sessionId));
    const [before] = await tx.select({ status: sessionAttendance.status }).from(sessionAttendance).where(key);
    if (before?.status === input.status) return "unchanged" as const;
    const values = { status: input.status, recordedAt: now, recordedByAccountId: actor.accountId };
    await tx
      .insert(sessionAttendance)
      .values({ registrationId: r.id, sessionId: input.sessionId, ...values })
      .onConflictDoUpdate({ target: [sessionAttendance.registrationId, sessionAttendance.sessionId], set: values });
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
