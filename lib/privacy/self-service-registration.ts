import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { registrations } from "@/db/schema";
import { certificateOfRegistration } from "@/lib/certificates/queries";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getEventFactsById } from "@/lib/events/public-queries";
import { createManageLink } from "@/lib/registrations/tokens";
import type { SelfServiceSubject } from "./self-service-subject";

/** Whether the registration belongs to the subject's address (and its data is still held). */
async function ownsRegistration(subject: SelfServiceSubject, registrationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.emailNormalized, subject.email), isNull(registrations.anonymisedAt)))
    .limit(1);
  return !!row;
}

/**
 * A fresh manage link for one of the subject's registrations, made only when the person asks for
 * it ("Verwalten"): the overview itself carries no tokens. Null for anybody else's registration.
 */
export async function manageTokenFor(subject: SelfServiceSubject, registrationId: number): Promise<string | null> {
  if (!(await ownsRegistration(subject, registrationId))) return null;
  return writeTransaction(async (tx) => (await createManageLink(tx, registrationId)).token);
}

/** The subject's valid certificate of that registration, with the event's slug for the file name; null otherwise. */
export async function certificateForSubject(subject: SelfServiceSubject, registrationId: number) {
  if (!(await ownsRegistration(subject, registrationId))) return null;
  const facts = await certificateOfRegistration(registrationId);
  if (!facts) return null;
  const [row] = await db.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, registrationId));
  const event = await getEventFactsById(row.eventId);
  return { facts, slug: event?.event.slug ?? String(row.eventId) };
}
