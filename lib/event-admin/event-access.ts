import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { AccessDenied, assertOrganisation } from "@/lib/auth/access";
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

const postedEventId = z.coerce.number().int().positive();

/**
 * The event id a form posts ("eventId"), if the actor may manage that event; otherwise null, the
 * same for a foreign, unknown or malformed id. Actions call it before they read the rest of the
 * post, so that nothing of a form is parsed for someone who may not act on the event.
 */
export async function managedEventIdOf(actor: Actor, formData: FormData): Promise<number | null> {
  const parsed = postedEventId.safeParse(formData.get("eventId"));
  if (!parsed.success) return null;
  try {
    await eventForActor(actor, parsed.data);
    return parsed.data;
  } catch (error) {
    if (error instanceof AccessDenied) return null;
    throw error;
  }
}
