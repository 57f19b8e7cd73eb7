import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { eventQuestions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getEventFactsById } from "@/lib/events/public-queries";
import { eventForActor } from "./event-access";

/**
 * What the public page of an event will show, for /intern (the office's review above all): the
 * same facts the public page renders, and the registration form's extra questions. For any status,
 * because the point is to see it before it is published. AccessDenied for a foreign or missing id.
 */
export async function getEventPreview(actor: Actor, eventId: number) {
  const event = await eventForActor(actor, eventId); // a foreign id stops here
  const [facts, questions] = await Promise.all([
    getEventFactsById(event.id),
    db
      .select({ id: eventQuestions.id, kind: eventQuestions.kind, label: eventQuestions.label, help: eventQuestions.help, required: eventQuestions.required, options: eventQuestions.options })
      .from(eventQuestions)
      .where(eq(eventQuestions.eventId, event.id))
      .orderBy(asc(eventQuestions.position), asc(eventQuestions.id)),
  ]);
  if (!facts) throw new Error(`event ${eventId} vanished`);
  return { facts, questions };
}

export type EventPreview = Awaited<ReturnType<typeof getEventPreview>>;
