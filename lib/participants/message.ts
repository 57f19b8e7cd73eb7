import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { registrations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";
import { getEventFactsById } from "@/lib/events/public-queries";
import { enqueueMail } from "@/lib/mail/outbox";
import { organiserMessageMail } from "@/lib/mail/templates";
import { createManageLink } from "@/lib/registrations/tokens";
import type { ParticipantMessageInput } from "./schemas";

type Selection = Pick<ParticipantMessageInput, "eventId" | "recipients" | "registrationIds">;

/**
 * The registrations a message goes to: all confirmed, all waiting, or the selected ones (any
 * status but cancelled). A selected id of another event is refused, not silently skipped.
 */
async function recipientsOf(tx: Pick<Tx, "select">, eventId: number, selection: Selection) {
  const columns = { id: registrations.id, firstName: registrations.firstName, lastName: registrations.lastName, email: registrations.email, status: registrations.status, locale: registrations.locale };
  if (selection.recipients !== "selected") {
    return tx.select(columns).from(registrations).where(and(eq(registrations.eventId, eventId), eq(registrations.status, selection.recipients)));
  }
  const ids = [...new Set(selection.registrationIds)];
  const rows = await tx.select(columns).from(registrations).where(and(eq(registrations.eventId, eventId), inArray(registrations.id, ids), ne(registrations.status, "cancelled")));
  if (rows.length !== ids.length) throw new AccessDenied();
  return rows;
}

/** Who a message would reach and who not (no address), for the form before sending. */
export async function messageAudience(actor: Actor, eventId: number) {
  const event = await eventForActor(actor, eventId);
  const rows = await db
    .select({ id: registrations.id, firstName: registrations.firstName, lastName: registrations.lastName, email: registrations.email, status: registrations.status })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), ne(registrations.status, "cancelled")))
    .orderBy(registrations.lastName, registrations.firstName);
  return {
    event: { id: event.id, title: event.title },
    people: rows,
    counts: { confirmed: rows.filter((r) => r.status === "confirmed").length, waitlisted: rows.filter((r) => r.status === "waitlisted").length },
  };
}

/**
 * Sends a message to participants through the outbox: one mail per reachable person, each with a
 * manage link of their own. People without an address are returned as not reached. One
 * transaction with one audit entry on the event.
 */
export async function messageParticipants(actor: Actor, input: ParticipantMessageInput, now = new Date()) {
  await eventForActor(actor, input.eventId);
  const facts = await getEventFactsById(input.eventId);
  if (!facts) throw new AccessDenied();
  return writeTransaction(async (tx) => {
    const event = await eventForActor(actor, input.eventId, tx);
    const people = await recipientsOf(tx, event.id, input);
    const reachable = people.filter((p) => p.email);
    for (const person of reachable) {
      const link = await createManageLink(tx, person.id);
      const mail = organiserMessageMail({ firstName: person.firstName, event: facts, manageUrl: link.url, locale: person.locale, subject: input.subject, message: input.text });
      await enqueueMail(tx, { kind: "organiser_message", recipient: person.email!, registrationId: person.id, eventId: event.id, ...mail }, now);
    }
    await recordAudit(
      tx,
      actor,
      {
        entityType: "event",
        entityId: event.id,
        organisationId: event.organisationId,
        action: "event.participants_messaged",
        label: event.title,
        after: { subject: input.subject, recipients: input.recipients, sent: reachable.length, notReached: people.length - reachable.length },
      },
      now,
    );
    return { sent: reachable.length, notReached: people.filter((p) => !p.email).map((p) => `${p.firstName} ${p.lastName}`) };
  });
}
