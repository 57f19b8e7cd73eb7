import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, feedbackAnswers } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { MIN_ANSWERS_SHOWN } from "@/lib/feedback/rules";
import { eventScope } from "./filter";
import type { StatisticsFilter } from "./types";

/** At most this many free texts go into a report. */
export const MAX_REPORT_COMMENTS = 500;

/**
 * The free-text feedback on the events a filter covers, for the funding report when the office (or
 * a partner, for its own events) ticks "Freitext-Rückmeldungen aufnehmen". In the actor's scope
 * (eventScope applies it again, whatever the filter says); never of supervision groups, whose
 * talk is confidential; only of events with at least three answers. Random order, so that the list says nothing about who wrote when.
 */
export async function feedbackCommentsFor(actor: Actor, filter: StatisticsFilter): Promise<string[]> {
  const rows = await db
    .select({ comment: feedbackAnswers.comment })
    .from(feedbackAnswers)
    .innerJoin(events, eq(events.id, feedbackAnswers.eventId))
    .where(
      and(
        eventScope(actor, filter, false),
        isNotNull(feedbackAnswers.comment),
        sql`trim(${feedbackAnswers.comment}) <> ''`,
        // Like the feedback pages: texts of an event with fewer answers than shown there could point to a person.
        sql`(select count(*) from ${feedbackAnswers} f2 where f2.event_id = ${feedbackAnswers.eventId}) >= ${MIN_ANSWERS_SHOWN}`,
      ),
    )
    .orderBy(sql`random()`)
    .limit(MAX_REPORT_COMMENTS);
  return rows.map((row) => row.comment!);
}
