import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { eventSessions, formats, type Event, type EventSession } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";

/**
 * A supervision group the actor may manage (its own organisation's, or any for the office), with
 * its sessions in date order. An ordinary event, a foreign group or a missing id is refused alike.
 */
export async function supervisionGroupForActor(
  actor: Actor,
  eventId: number,
  tx: Pick<Tx, "select"> = db,
): Promise<{ event: Event; sessions: EventSession[] }> {
  const event = await eventForActor(actor, eventId, tx);
  const [format] = await tx.select({ isSupervision: formats.isSupervision }).from(formats).where(eq(formats.id, event.formatId));
  if (!format?.isSupervision) throw new AccessDenied();
  const sessions = await tx.select().from(eventSessions).where(eq(eventSessions.eventId, event.id)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
  return { event, sessions };
}
