import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { eventSessions, formats, organisations, registrations, seatHoldingStatuses, venues } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "./event-access";
import { revisionDiff } from "./revision-diff";
import { allowedWorkflowActions } from "./workflow-rules";

/**
 * Everything the event's page in /intern shows: the row (with the review comment the public never
 * sees), its sessions, seats, waiting list, and the workflow steps the actor may take now.
 * AccessDenied for a foreign or missing id.
 */
export async function getEventDetail(actor: Actor, eventId: number, now = new Date()) {
  const event = await eventForActor(actor, eventId);
  const [[context], sessions, counts] = await Promise.all([
    db
      .select({
        formatName: formats.name,
        organisationName: organisations.name,
        organisationTrusted: organisations.trusted,
        organisationActive: organisations.active,
        venue: venues,
      })
      .from(formats)
      .innerJoin(organisations, eq(organisations.id, event.organisationId))
      .leftJoin(venues, eq(venues.id, event.venueId ?? -1))
      .where(eq(formats.id, event.formatId)),
    db.select().from(eventSessions).where(eq(eventSessions.eventId, event.id)).orderBy(asc(eventSessions.startsAt)),
    db
      .select({ status: registrations.status, n: count() })
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, [...seatHoldingStatuses, "waitlisted"])))
      .groupBy(registrations.status),
  ]);
  const seatsTaken = counts.filter((c) => c.status !== "waitlisted").reduce((sum, c) => sum + c.n, 0);
  const waiting = counts.find((c) => c.status === "waitlisted")?.n ?? 0;
  return {
    event,
    sessions,
    formatName: context.formatName,
    organisationName: context.organisationName,
    trusted: context.organisationTrusted,
    venue: context.venue,
    seatsTaken,
    waiting,
    /** Whether the public page exists. */
    listed: context.organisationActive && (event.status === "published" || event.status === "cancelled"),
    /** A change of the published event that waits for review, field by field (empty when none). */
    changeDiff: await revisionDiff(db, event),
    actions: allowedWorkflowActions({ role: actor.role, trusted: context.organisationTrusted }, event, now),
  };
}

export type EventDetail = Awaited<ReturnType<typeof getEventDetail>>;
