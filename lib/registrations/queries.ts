import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { eventQuestions, initiatives, registrations } from "@/db/schema";
import { cachedPublicRead } from "@/lib/cache/public-data-cache";
import { getEventFactsById } from "@/lib/events/public-queries";
import type { QuestionForForm } from "./schemas";
import { registrationIdForToken } from "./tokens";
import { waitlistPosition } from "./waitlist";

/**
 * The organiser's extra questions of an event, in their order. Kept per content version of the
 * public data (a change to the questions raises it, db/triggers/public-data-version.ts), so the
 * array is the same object until they change: the registration schema is cached on it
 * (schema-cache.ts). Callers must not change it.
 */
export function listEventQuestions(eventId: number): Promise<QuestionForForm[]> {
  return cachedPublicRead(
    `event-questions:${eventId}`,
    // async: a drizzle query runs again on every await, the cache must keep its one result.
    async () =>
      db
        .select({ id: eventQuestions.id, kind: eventQuestions.kind, label: eventQuestions.label, help: eventQuestions.help, required: eventQuestions.required, options: eventQuestions.options })
        .from(eventQuestions)
        .where(eq(eventQuestions.eventId, eventId))
        .orderBy(asc(eventQuestions.position), asc(eventQuestions.id)),
    { seats: false },
  );
}

/**
 * The initiatives a person can pick on the form, kept per content version like the questions
 * (initiatives raise it too). Callers must not change the array.
 */
export function listActiveInitiatives() {
  return cachedPublicRead(
    "active-initiatives",
    async () => db.select({ id: initiatives.id, name: initiatives.name }).from(initiatives).where(eq(initiatives.active, true)).orderBy(asc(initiatives.name)),
    { seats: false },
  );
}

/**
 * Everything the private manage page shows, for the holder of a manage link only: the person's own
 * registration, the public facts of the event, and their place on the waiting list.
 */
export async function getRegistrationByToken(token: string) {
  const registrationId = await registrationIdForToken(db, token);
  if (!registrationId) return null;
  const [row] = await db
    .select({ registration: registrations, initiativeName: initiatives.name })
    .from(registrations)
    .leftJoin(initiatives, eq(initiatives.id, registrations.initiativeId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const event = await getEventFactsById(row.registration.eventId);
  if (!event) return null;
  const r = row.registration;
  const [questions, position] = await Promise.all([
    listEventQuestions(event.event.id),
    r.status === "waitlisted" ? waitlistPosition(db, r) : Promise.resolve(null),
  ]);
  return {
    registration: {
      id: r.id,
      status: r.status,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      phone: r.phone,
      initiative: row.initiativeName ?? r.initiativeOther,
      accessibilityNeeds: r.accessibilityNeeds,
      answers: r.answers,
      createdAt: r.createdAt,
    },
    event,
    position,
    questions,
  };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof getRegistrationByToken>>>;
