import "server-only";
import { eq } from "drizzle-orm";
import { events, organisations, type Event } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "./event-access";
import { mayTakeWorkflowAction, type WorkflowAction } from "./workflow-rules";

const auditActions: Record<WorkflowAction, AuditAction> = {
  submit: "event.submitted",
  publish: "event.published",
  return: "event.returned",
  withdraw: "event.withdrawn",
  close: "event.registration_closed",
  reopen: "event.registration_reopened",
  cancel: "event.cancelled",
  approveChange: "event.change_approved",
  rejectChange: "event.change_rejected",
};

type Changes = Partial<Pick<Event, "status" | "submittedAt" | "publishedAt" | "reviewComment" | "registrationClosed" | "cancellationReason" | "sequence" | "pendingRevision">>;

/** Whether the event's organisation may publish without review. */
export async function organisationTrusted(tx: Pick<Tx, "select">, organisationId: number): Promise<boolean> {
  const [row] = await tx.select({ trusted: organisations.trusted }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.trusted ?? false;
}

/**
 * One step of the workflow as one write transaction: checks access and the rule against the event
 * as it is inside the transaction (someone may have moved it meanwhile), stores the change, writes
 * the audit entry and lets `then` queue its mails. Refuses with AccessDenied, which the pages and
 * actions show like a missing event.
 */
export async function runTransition(
  actor: Actor,
  eventId: number,
  action: WorkflowAction,
  changes: (event: Event) => Changes,
  then: (tx: Tx, updated: Event) => Promise<void> = async () => {},
  now = new Date(),
): Promise<Event> {
  return writeTransaction(async (tx) => {
    const event = await eventForActor(actor, eventId, tx);
    const trusted = await organisationTrusted(tx, event.organisationId);
    if (!mayTakeWorkflowAction({ role: actor.role, trusted }, event, action, now)) throw new AccessDenied();
    const set = changes(event);
    const [updated] = await tx.update(events).set({ ...set, updatedAt: now }).where(eq(events.id, event.id)).returning();
    const { before, after } = changedFields(event, set);
    await recordAudit(tx, actor, { entityType: "event", entityId: event.id, organisationId: event.organisationId, action: auditActions[action], label: event.title, before, after }, now);
    await then(tx, updated);
    return updated;
  });
}
