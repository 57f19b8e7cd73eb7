import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getEventFactsById } from "@/lib/events/public-queries";
import { enqueueMail, withdrawPendingMails } from "@/lib/mail/outbox";
import { cancellationConfirmedMail, promotedMail } from "@/lib/mail/templates";
import { hasFreeSeat } from "@/lib/registrations/rules";
import { changeRegistrationStatus } from "@/lib/registrations/status-write";
import { createManageLink } from "@/lib/registrations/tokens";
import { promoteFromWaitlist, seatCounts } from "@/lib/registrations/waitlist";
import { registrationForActor } from "./registration-access";
import { auditRegistration } from "./registration-audit";

/**
 * Moves a person from the waiting list onto the event. Refused when no seat is free, unless staff
 * explicitly chose to go over the capacity. The person is told (promoted mail) if reachable.
 */
export async function moveFromWaitlist(
  actor: Actor,
  input: { eventId: number; registrationId: number; override: boolean },
  now = new Date(),
): Promise<"moved" | "full" | "not_waiting"> {
  await registrationForActor(actor, input.eventId, input.registrationId);
  const facts = await getEventFactsById(input.eventId);
  return writeTransaction(async (tx) => {
    const { event, registration: r } = await registrationForActor(actor, input.eventId, input.registrationId, tx);
    if (r.status !== "waitlisted" || !facts) return "not_waiting" as const;
    const { taken } = await seatCounts(tx, event.id);
    if (!hasFreeSeat(taken, event.capacity) && !input.override) return "full" as const;
    await changeRegistrationStatus(tx, r, "confirmed", { promotedAt: now, updatedAt: now });
    if (r.email) {
      const link = await createManageLink(tx, r.id);
      await enqueueMail(tx, { kind: "promoted", recipient: r.email, registrationId: r.id, eventId: event.id, ...promotedMail({ firstName: r.firstName, event: facts, manageUrl: link.url, locale: r.locale }) }, now);
    }
    const overCapacity = !hasFreeSeat(taken, event.capacity);
    await auditRegistration(tx, actor, event, r, "registration.moved_from_waitlist", { before: { status: "waitlisted" }, after: { status: "confirmed", overCapacity } }, now);
    return "moved" as const;
  });
}

/**
 * Cancels a registration on the person's behalf (they called or wrote). Queued reminders are
 * withdrawn, the person is told if reachable, and a freed seat goes to the waiting list, as when
 * people cancel themselves (lib/registrations/commands.ts cancelRegistrationByToken).
 */
export async function cancelOnBehalf(actor: Actor, input: { eventId: number; registrationId: number }, now = new Date()): Promise<"cancelled" | "already"> {
  await registrationForActor(actor, input.eventId, input.registrationId);
  const facts = await getEventFactsById(input.eventId);
  return writeTransaction(async (tx) => {
    const { event, registration: r } = await registrationForActor(actor, input.eventId, input.registrationId, tx);
    if ((r.status !== "confirmed" && r.status !== "waitlisted") || !facts) return "already" as const;
    await changeRegistrationStatus(tx, r, "cancelled", { cancelledAt: now, updatedAt: now });
    await withdrawPendingMails(tx, r.id, now);
    if (r.email) {
      const link = await createManageLink(tx, r.id);
      await enqueueMail(
        tx,
        { kind: "cancellation_confirmed", recipient: r.email, registrationId: r.id, eventId: event.id, ...cancellationConfirmedMail({ firstName: r.firstName, event: facts, manageUrl: link.url, locale: r.locale }) },
        now,
      );
    }
    const promoted = r.status === "confirmed" && event.startsAt > now ? await promoteFromWaitlist(tx, facts, now) : [];
    await auditRegistration(tx, actor, event, r, "registration.cancelled_by_staff", { before: { status: r.status }, after: { status: "cancelled", promotedRegistrationIds: promoted } }, now);
    return "cancelled" as const;
  });
}
