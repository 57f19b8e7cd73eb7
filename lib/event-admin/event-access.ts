import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { assertOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";

/**
 * The event row with this id, if the actor may manage it (its own organisation's, or any for the
 * office); otherwise AccessDenied, the same for a foreign id as for one that does not exist.
 * Every command and query of /intern that takes an event id starts here.
 */
export async function eventForActor(actor: Actor, eventId: number, tx: Pick<Tx, "select"> = db): Promise<Event> {
  const [event] = Number.isInteger(eventId) ? await tx.select().from(events).where(eq(events.id, eventId)) : [];
  assertOrganisation(actor, event?.organisationId);
  return event!;
}
