import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { eventSessions, formats, type Event, type EventSession } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";

export type AttendanceEvent = { event: Event; sessions: EventSession[]; isSupervision: boolean; formatName: string };

/**
 * An event whose attendance the actor may take (its own organisation's, or any for the office),
 * with its sessions in date order. A foreign event or a missing id is refused alike (AccessDenied).
 */
export async function attendanceEventForActor(actor: Actor, eventId: number, tx: Pick<Tx, "select"> = db): Promise<AttendanceEvent> {
  const event = await eventForActor(actor, eventId, tx);
  const [format] = await tx.select({ isSupervision: formats.isSupervision, name: formats.name }).from(formats).where(eq(formats.id, event.formatId));
  const sessions = await tx.select().from(eventSessions).where(eq(eventSessions.eventId, event.id)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
  return { event, sessions, isSupervision: Boolean(format?.isSupervision), formatName: format?.name ?? "" };
}
