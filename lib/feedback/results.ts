import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { feedbackAnswers, formats } from "@/db/schema";
import { AccessDenied, isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "@/lib/event-admin/event-access";
import { MIN_ANSWERS_SHOWN } from "./rules";
import { feedbackSummary, type FeedbackSummary } from "./summary";

/**
 * Who may read an event's feedback: the event's organisation and the office; for a supervision
 * group only the office (a group is small and confidential, so its organisers do not see it).
 */
export function mayReadFeedback(actor: Actor, isSupervision: boolean): boolean {
  return !isSupervision || isCoordinator(actor);
}

/** Fisher–Yates with a cryptographic source, so that the order says nothing about who wrote what. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type FeedbackResults = {
  event: { id: number; title: string };
  count: number;
  /** Null while there are fewer than MIN_ANSWERS_SHOWN answers: then only the count is shown. */
  summary: FeedbackSummary | null;
  /** The free texts in a new random order on every call; empty while the summary is hidden. */
  comments: string[];
};

/**
 * The feedback on one event for the results page. AccessDenied for a foreign or missing event, and
 * for a supervision group unless the actor is the office.
 */
export async function feedbackResults(actor: Actor, eventId: number): Promise<FeedbackResults> {
  const event = await eventForActor(actor, eventId);
  const [format] = await db.select({ isSupervision: formats.isSupervision }).from(formats).where(eq(formats.id, event.formatId));
  if (!mayReadFeedback(actor, format?.isSupervision ?? false)) throw new AccessDenied();
  const summary = await feedbackSummary([event.id]);
  const base = { event: { id: event.id, title: event.title }, count: summary.count };
  if (summary.count < MIN_ANSWERS_SHOWN) return { ...base, summary: null, comments: [] };
  const comments = await db
    .select({ comment: feedbackAnswers.comment })
    .from(feedbackAnswers)
    .where(and(eq(feedbackAnswers.eventId, event.id), isNotNull(feedbackAnswers.comment)));
  return { ...base, summary, comments: shuffled(comments.map((c) => c.comment!)) };
}
