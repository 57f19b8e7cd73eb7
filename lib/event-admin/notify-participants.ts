import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { activeStatuses, registrations } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import type { PublicEvent } from "@/lib/events/public-queries";
import { enqueueMail, withdrawPendingMails } from "@/lib/mail/outbox";
import { eventCancelledMail, eventChangedMail } from "@/lib/mail/templates";
import { changeRegistrationStatus } from "@/lib/registrations/status-write";
import { createManageLink } from "@/lib/registrations/tokens";

/**
 * Mails to the participants of an event when the organiser changes or cancels it, in the caller's
 * transaction. "Participants" are everyone who holds a seat or waits for one (confirmed and
 * waitlisted); each gets one mail with a manage link of its own.
 */

async function activeRegistrations(tx: Tx, eventId: number) {
  return tx
    .select({ id: registrations.id, status: registrations.status, firstName: registrations.firstName, email: registrations.email, locale: registrations.locale })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...activeStatuses])));
}

/** Tells every participant what changed, with the new .ics (its SEQUENCE is `event`'s). Returns how many were told. */
export async function notifyParticipantsOfChange(tx: Tx, previous: PublicEvent, event: PublicEvent, now: Date): Promise<number> {
  let told = 0;
  for (const r of await activeRegistrations(tx, event.event.id)) {
    if (!r.email) continue; // a phone registration without an address: the organiser calls them
    const link = await createManageLink(tx, r.id);
    await enqueueMail(
      tx,
      { kind: "event_changed", recipient: r.email, registrationId: r.id, eventId: event.event.id, ...eventChangedMail({ firstName: r.firstName, event, previous, manageUrl: link.url, locale: r.locale }) },
      now,
    );
    told++;
  }
  return told;
}

/**
 * Cancels every live registration of a cancelled event, withdraws their queued reminders and mails
 * each person once, with the .ics marked CANCELLED. `event` carries the stored cancellation.
 */
export async function notifyParticipantsOfCancellation(tx: Tx, event: PublicEvent, now: Date): Promise<number> {
  let told = 0;
  for (const r of await activeRegistrations(tx, event.event.id)) {
    await changeRegistrationStatus(tx, r, "cancelled", { cancelledAt: now, updatedAt: now });
    await withdrawPendingMails(tx, r.id, now);
    if (!r.email) continue;
    const link = await createManageLink(tx, r.id);
    await enqueueMail(
      tx,
      { kind: "event_cancelled", recipient: r.email, registrationId: r.id, eventId: event.event.id, ...eventCancelledMail({ firstName: r.firstName, event, manageUrl: link.url, locale: r.locale }) },
      now,
    );
    told++;
  }
  return told;
}
