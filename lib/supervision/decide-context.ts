import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { registrations, type Event, type Registration } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { getEventFactsById, type PublicEvent } from "@/lib/events/public-queries";
import { createManageLink } from "@/lib/registrations/tokens";
import { supervisionGroupForActor } from "./group-access";

/** What a decision works with, inside its one write transaction. */
export type DecisionContext = { tx: Tx; group: Event; application: Registration; facts: PublicEvent; now: Date };

async function applicationOfGroup(actor: Actor, eventId: number, registrationId: number, tx: Pick<Tx, "select">) {
  const group = await supervisionGroupForActor(actor, eventId, tx);
  const [application] = Number.isInteger(registrationId)
    ? await tx.select().from(registrations).where(and(eq(registrations.id, registrationId), eq(registrations.eventId, group.id)))
    : [];
  // An application of another group (also a foreign one posted with an own group's id) looks missing.
  if (!application) throw new AccessDenied();
  return { group, application };
}

/**
 * Runs one decision on an application as ONE write transaction (state, mail and audit together).
 * Access is checked before anything is read, and again inside the transaction.
 */
export async function decideApplication<R>(actor: Actor, input: { eventId: number; registrationId: number }, now: Date, work: (c: DecisionContext) => Promise<R>): Promise<R> {
  await applicationOfGroup(actor, input.eventId, input.registrationId, db);
  const facts = await getEventFactsById(input.eventId);
  if (!facts) throw new AccessDenied();
  return writeTransaction(async (tx) => {
    const { group, application } = await applicationOfGroup(actor, input.eventId, input.registrationId, tx);
    return work({ tx, group, application, facts, now });
  });
}

/** A new private manage link for the mail, or null when the person gave no address. */
export async function manageLinkFor(c: DecisionContext): Promise<{ recipient: string; manageUrl: string } | null> {
  if (!c.application.email) return null;
  const link = await createManageLink(c.tx, c.application.id);
  return { recipient: c.application.email, manageUrl: link.url };
}

/** The audit entry of a decision: entity "application", labelled with the person's name. */
export function auditDecision(actor: Actor, c: DecisionContext, action: AuditAction, after: Record<string, unknown>) {
  return recordAudit(
    c.tx,
    actor,
    {
      entityType: "application",
      entityId: c.application.id,
      organisationId: c.group.organisationId,
      action,
      label: `${c.application.firstName} ${c.application.lastName} – ${c.group.title}`,
      before: { status: c.application.status },
      after,
    },
    c.now,
  );
}
