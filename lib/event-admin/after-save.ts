import "server-only";
import { asc, eq } from "drizzle-orm";
import { events, eventSessions, venues, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { assertOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { getEventFactsById } from "@/lib/events/public-queries";
import { promoteFromWaitlist } from "@/lib/registrations/waitlist";
import { eventFactsAs } from "./notify-facts";
import { notifyParticipantsOfChange } from "./notify-participants";

/**
 * Called by the event editor inside the transaction that saved a change to an existing event, with
 * the row before and after (sessions included). It tells participants about changes of time or
 * place (new .ics with a higher SEQUENCE) and promotes from the waiting list when the capacity grew.
 * A lowered capacity removes nobody: people keep their seats, and the waiting list simply waits.
 * Drafts and events in review have no participants to tell: nothing happens for them.
 */
export type EventSnapshot = Event & { sessions: { startsAt: Date; endsAt: Date }[] };

const sessionsKey = (sessions: EventSnapshot["sessions"]) =>
  sessions
    .map((s) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`)
    .sort()
    .join(",");

/** Whether participants must be told: the dates or the place changed. */
export function timeOrPlaceChanged(before: EventSnapshot, after: EventSnapshot): boolean {
  if (sessionsKey(before.sessions) !== sessionsKey(after.sessions)) return true;
  return before.venueId !== after.venueId || before.attendanceMode !== after.attendanceMode || (before.onlineUrl ?? null) !== (after.onlineUrl ?? null);
}

async function venueById(tx: Tx, venueId: number | null) {
  if (venueId == null) return null;
  const [venue] = await tx.select().from(venues).where(eq(venues.id, venueId));
  return venue ?? null;
}

export async function afterEventSaved(tx: Tx, actor: Actor, before: EventSnapshot, after: EventSnapshot, now = new Date()): Promise<void> {
  assertOrganisation(actor, after.organisationId);
  if (before.status !== "published" || after.status !== "published") return;
  const changed = timeOrPlaceChanged(before, after);
  if (!changed && after.capacity <= before.capacity) return;

  // The committed facts (organisation, format, topics) with the saved row, sessions and venue laid over.
  const base = await getEventFactsById(after.id);
  if (!base) return;
  const { sessions: beforeSessions, ...beforeRow } = before;
  let row: Event = (({ sessions: _s, ...r }) => (void _s, r))(after);
  if (changed) {
    // Calendars replace an entry only when its SEQUENCE grew.
    const sequence = Math.max(before.sequence, after.sequence) + 1;
    [row] = await tx.update(events).set({ sequence }).where(eq(events.id, after.id)).returning();
  }
  const storedSessions = await tx.select().from(eventSessions).where(eq(eventSessions.eventId, after.id)).orderBy(asc(eventSessions.startsAt));
  const current = eventFactsAs(base, row, { sessions: storedSessions.length ? storedSessions : after.sessions, venue: await venueById(tx, after.venueId) });

  if (changed) {
    const previous = eventFactsAs(base, beforeRow, { sessions: beforeSessions, venue: await venueById(tx, before.venueId) });
    const told = await notifyParticipantsOfChange(tx, previous, current, now);
    await recordAudit(
      tx,
      actor,
      { entityType: "event", entityId: after.id, organisationId: after.organisationId, action: "event.participants_notified", label: after.title, before: { sequence: before.sequence }, after: { sequence: row.sequence, told } },
      now,
    );
  }
  if (after.capacity > before.capacity) await promoteFromWaitlist(tx, current, now);
}
