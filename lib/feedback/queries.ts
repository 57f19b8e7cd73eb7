import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, registrations } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { registrationIdForToken } from "@/lib/registrations/tokens";
import { attendedCondition, feedbackState, type FeedbackState } from "./rules";

/**
 * Whether the holder of a manage link may give feedback, and the event's title for the form; null
 * for an unknown token. Only the holder of the link asks, so nothing else of the registration is
 * returned.
 */
export async function feedbackStateForToken(token: string, tx: Pick<Tx, "select"> = db): Promise<{ state: FeedbackState; eventTitle: string } | null> {
  const registrationId = await registrationIdForToken(tx, token);
  if (!registrationId) return null;
  const [row] = await tx
    .select({ attended: sql<number>`${attendedCondition()}`.mapWith(Boolean), feedbackGiven: registrations.feedbackGiven, attendanceClosedAt: events.attendanceClosedAt, eventTitle: events.title })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  return { state: feedbackState(row), eventTitle: row.eventTitle };
}
