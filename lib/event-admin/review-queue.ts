import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, organisations } from "@/db/schema";
import { assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { revisionDiff } from "./revision-diff";

/** The office's review queue: every event submitted for review, the longest waiting first. Office only. */
export async function listReviewQueue(actor: Actor) {
  assertCoordinator(actor);
  return db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      submittedAt: events.submittedAt,
      organisationName: organisations.name,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(eq(events.status, "in_review"))
    // Events put into review before submittedAt existed (the demo) sort by their creation.
    .orderBy(asc(sql`coalesce(${events.submittedAt}, ${events.createdAt})`), asc(events.id));
}

export type ReviewQueueEntry = Awaited<ReturnType<typeof listReviewQueue>>[number];

/**
 * Changes of published events that wait for review, the longest waiting first, each with its
 * field-by-field difference (published → proposed). Office only.
 */
export async function listWaitingChanges(actor: Actor) {
  assertCoordinator(actor);
  const rows = await db
    .select({ event: events, organisationName: organisations.name })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(and(eq(events.status, "published"), isNotNull(events.pendingRevision)));
  const changes = await Promise.all(
    rows.map(async ({ event, organisationName }) => ({
      id: event.id,
      title: event.title,
      organisationName,
      submittedAt: new Date(event.pendingRevision!.submittedAt),
      diff: await revisionDiff(db, event),
    })),
  );
  return changes.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id);
}

export type WaitingChange = Awaited<ReturnType<typeof listWaitingChanges>>[number];
