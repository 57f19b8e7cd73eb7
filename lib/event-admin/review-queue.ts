import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, organisations } from "@/db/schema";
import { assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

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
