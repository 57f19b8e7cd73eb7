import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getEventFactsById } from "@/lib/events/public-queries";
import { eventForActor } from "./event-access";
import { notifyParticipantsOfCancellation } from "./notify-participants";
import { eventFactsAs } from "./notify-facts";
import { runTransition } from "./workflow-transition";

/**
 * Cancels a published event with a reason: status cancelled, a higher SEQUENCE (so calendars take
 * the cancelled .ics), every confirmed and waiting participant's registration cancelled and mailed
 * once, their queued reminders withdrawn. All in one write transaction.
 */
export async function cancelEvent(actor: Actor, eventId: number, reason: string, now = new Date()) {
  await eventForActor(actor, eventId); // a foreign id stops here, before any facts are read
  const facts = await getEventFactsById(eventId);
  if (!facts) throw new Error(`event ${eventId} vanished`);
  return runTransition(
    actor,
    eventId,
    "cancel",
    (event) => ({ status: "cancelled", cancellationReason: reason, sequence: event.sequence + 1 }),
    async (tx, updated) => {
      await notifyParticipantsOfCancellation(tx, eventFactsAs(facts, updated), now);
    },
    now,
  );
}
