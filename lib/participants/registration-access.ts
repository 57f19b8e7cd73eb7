import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { registrations, type Event, type Registration } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";

/**
 * The event and one of its registrations, if the actor may manage the event. A registration of
 * another event (also one of a foreign organisation posted together with an own event id) is
 * refused like a missing one.
 */
export async function registrationForActor(
  actor: Actor,
  eventId: number,
  registrationId: number,
  tx: Pick<Tx, "select"> = db,
): Promise<{ event: Event; registration: Registration }> {
  const event = await eventForActor(actor, eventId, tx);
  const [registration] = Number.isInteger(registrationId)
    ? await tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)))
    : [];
  if (!registration) throw new AccessDenied();
  return { event, registration };
}
