import "server-only";
import { and, asc, count, eq, gte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, organisations } from "@/db/schema";
import { isCoordinator, ownOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

const seatsTaken = sql<number>`(select count(*) from registrations r where r.event_id = ${events.id} and r.status in ('confirmed', 'attended', 'no_show'))`;
const waiting = sql<number>`(select count(*) from registrations r where r.event_id = ${events.id} and r.status = 'waitlisted')`;

/**
 * What the start page of /intern shows: how many of the actor's events are in each state, the
 * next upcoming ones with their seats, and for the office the length of the review queue.
 */
export async function overviewFor(actor: Actor, now = new Date()) {
  const scope = ownOrganisation(actor, events.organisationId);
  const [statusRows, upcoming, queue] = await Promise.all([
    db
      .select({ status: events.status, n: count() })
      .from(events)
      .where(and(scope, gte(events.endsAt, now)))
      .groupBy(events.status),
    db
      .select({ id: events.id, title: events.title, status: events.status, startsAt: events.startsAt, capacity: events.capacity, organisation: organisations.name, seatsTaken, waiting })
      .from(events)
      .innerJoin(organisations, eq(organisations.id, events.organisationId))
      .where(and(scope, gte(events.endsAt, now)))
      .orderBy(asc(events.startsAt))
      .limit(8),
    isCoordinator(actor) ? db.select({ n: count() }).from(events).where(eq(events.status, "in_review")) : Promise.resolve([{ n: 0 }]),
  ]);
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, r.n])) as Partial<Record<(typeof events.$inferSelect)["status"], number>>;
  return { byStatus, upcoming, reviewQueue: queue[0].n };
}
