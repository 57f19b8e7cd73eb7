import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, exists, isNotNull, sql } from "drizzle-orm";
import { events, feedbackAnswers, registrations } from "@/db/schema";
import { localIsoDate } from "@/lib/dates/berlin";
import { writeTransaction } from "@/lib/db/write-transaction";
import { registrationIdForToken } from "@/lib/registrations/tokens";
import { attendedCondition, feedbackState, type FeedbackState } from "./rules";
import type { FeedbackInput } from "./schemas";

export type SubmitFeedbackResult = "saved" | "not_found" | Exclude<FeedbackState, "open">;

/**
 * Stores a person's feedback, once, without any link to the person (db/schema/feedback.ts).
 *
 * In one write transaction: a conditional update sets the registration's one-way mark only where
 * it is not set yet (and the person attended an event with closed attendance), and only if that
 * update changed a row is the answer inserted. Two parallel posts therefore store one answer.
 *
 * What must not link the answer to the person: the mark keeps the row's updated_at (a fresh time
 * would match the answer's), the answer gets a random key and only the Berlin day, and nothing is
 * written to the audit log or logged with the registration.
 */
export async function submitFeedback(token: string, input: FeedbackInput, now: Date = new Date()): Promise<SubmitFeedbackResult> {
  return writeTransaction(async (tx) => {
    const registrationId = await registrationIdForToken(tx, token);
    if (!registrationId) return "not_found";
    const [row] = await tx
      .select({ attended: sql<number>`${attendedCondition()}`.mapWith(Boolean), feedbackGiven: registrations.feedbackGiven, attendanceClosedAt: events.attendanceClosedAt })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .where(eq(registrations.id, registrationId));
    if (!row) return "not_found";
    const state = feedbackState(row);
    if (state !== "open") return state;

    const closedEvent = tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, registrations.eventId), isNotNull(events.attendanceClosedAt)));
    const marked = await tx
      .update(registrations)
      // Setting updated_at to itself keeps drizzle's $onUpdateFn from stamping the time of the answer.
      .set({ feedbackGiven: true, updatedAt: sql`${registrations.updatedAt}` })
      .where(and(eq(registrations.id, registrationId), eq(registrations.feedbackGiven, false), attendedCondition(), exists(closedEvent)))
      .returning({ eventId: registrations.eventId });
    if (marked.length === 0) return "given";

    await tx.insert(feedbackAnswers).values({
      id: randomBytes(16).toString("base64url"),
      eventId: marked[0].eventId,
      answeredOn: localIsoDate(now),
      overall: input.overall,
      helpful: input.helpful,
      wouldRecommend: input.wouldRecommend,
      comment: input.comment,
    });
    return "saved";
  });
}
