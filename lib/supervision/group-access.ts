import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { formats, type Event } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";

/** Whether an event's format is a supervision format (events of those formats are supervision groups). */
async function hasSupervisionFormat(event: Pick<Event, "formatId">, tx: Pick<Tx, "select">): Promise<boolean> {
  const [format] = await tx.select({ isSupervision: formats.isSupervision }).from(formats).where(eq(formats.id, event.formatId));
  return format?.isSupervision ?? false;
}

/**
 * The supervision group with this id, if the actor may manage it (own organisation, or the office).
 * A foreign id, a missing one and an ordinary event are all refused alike with AccessDenied.
 */
export async function supervisionGroupForActor(actor: Actor, eventId: number, tx: Pick<Tx, "select"> = db): Promise<Event> {
  const event = await eventForActor(actor, eventId, tx);
  if (!(await hasSupervisionFormat(event, tx))) throw new AccessDenied();
  return event;
}

/** Whether an event the actor may manage is a supervision group (AccessDenied for foreign ids). */
export async function isSupervisionGroup(actor: Actor, eventId: number): Promise<boolean> {
  const event = await eventForActor(actor, eventId);
  return hasSupervisionFormat(event, db);
}
