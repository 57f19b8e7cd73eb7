import "server-only";
import { and, asc, count, eq, inArray, lt, or } from "drizzle-orm";
import { registrations, seatHoldingStatuses, events } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import type { PublicEvent } from "@/lib/events/public-queries";
import { enqueueMail } from "@/lib/mail/outbox";
import { promotedMail } from "@/lib/mail/templates";
import { hasFreeSeat } from "./rules";
import { changeRegistrationStatus } from "./status-write";
import { createManageLink } from "./tokens";

/** Seats held (confirmed, attended, no-show) and people waiting, read inside the transaction. */
export async function seatCounts(tx: Tx, eventId: number) {
  const [taken] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHoldingStatuses])));
  const [waiting] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "waitlisted")));
  return { taken: taken.n, waiting: waiting.n };
}

/** 1-based place on the waiting list: first come, first served (the order of rules.ts withWaitlistPositions). */
export async function waitlistPosition(tx: Pick<Tx, "select">, r: { id: number; eventId: number; createdAt: Date }) {
  const [ahead] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, r.eventId),
        eq(registrations.status, "waitlisted"),
        or(lt(registrations.createdAt, r.createdAt), and(eq(registrations.createdAt, r.createdAt), lt(registrations.id, r.id))),
      ),
    );
  return ahead.n + 1;
}

/**
 * Moves people from the waiting list onto the event while seats are free, in the caller's
 * transaction, and tells each of them by e-mail. Returns the promoted registration ids.
 */
export async function promoteFromWaitlist(tx: Tx, event: PublicEvent, now = new Date()): Promise<number[]> {
  // In a supervision group the organiser puts the group together: a free place is offered to them
  // (on the applications page), never filled automatically.
  if (event.format.isSupervision) return [];
  const [row] = await tx.select({ capacity: events.capacity, status: events.status }).from(events).where(eq(events.id, event.event.id));
  if (!row || row.status !== "published" || event.event.startsAt <= now) return [];
  const promoted: number[] = [];
  let { taken } = await seatCounts(tx, event.event.id);
  while (hasFreeSeat(taken, row.capacity)) {
    const [next] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.event.id), eq(registrations.status, "waitlisted")))
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
      .limit(1);
    if (!next) break;
    await changeRegistrationStatus(tx, next, "confirmed", { promotedAt: now });
    if (next.email) {
      const link = await createManageLink(tx, next.id);
      await enqueueMail(tx, {
        kind: "promoted",
        recipient: next.email,
        registrationId: next.id,
        eventId: event.event.id,
        ...promotedMail({ firstName: next.firstName, event, manageUrl: link.url, locale: next.locale }),
      });
    }
    promoted.push(next.id);
    taken++;
  }
  return promoted;
}
