import "server-only";
import { seatHoldingStatuses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { changeRegistrationStatus } from "@/lib/registrations/status-write";
import { registrationForActor } from "./registration-access";
import { auditRegistration } from "./registration-audit";

/**
 * Marks a person with a seat as attended or no-show at the check-in (and can correct a tap).
 * Waiting and cancelled registrations are left alone: they hold no seat.
 */
export async function markAttendance(
  actor: Actor,
  input: { eventId: number; registrationId: number; attendance: "attended" | "no_show" },
  now = new Date(),
): Promise<"marked" | "unchanged" | "no_seat"> {
  await registrationForActor(actor, input.eventId, input.registrationId);
  return writeTransaction(async (tx) => {
    const { event, registration: r } = await registrationForActor(actor, input.eventId, input.registrationId, tx);
    if (!(seatHoldingStatuses as readonly string[]).includes(r.status)) return "no_seat" as const;
    if (r.status === input.attendance) return "unchanged" as const;
    await changeRegistrationStatus(tx, r, input.attendance, { checkedInAt: now, updatedAt: now });
    await auditRegistration(tx, actor, event, r, "registration.attendance", { before: { status: r.status }, after: { status: input.attendance } }, now);
    return "marked" as const;
  });
}
