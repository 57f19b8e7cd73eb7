import "server-only";
import type { Event, Registration } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";

/** One audit entry about a participant of an event, labelled "Name – Event title". */
export function auditRegistration(
  tx: Tx,
  actor: Actor,
  event: Pick<Event, "organisationId" | "title">,
  registration: Pick<Registration, "id" | "firstName" | "lastName">,
  action: AuditAction,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  now: Date,
) {
  return recordAudit(
    tx,
    actor,
    {
      entityType: "registration",
      entityId: registration.id,
      organisationId: event.organisationId,
      action,
      label: `${registration.firstName} ${registration.lastName} – ${event.title}`,
      before: change.before ?? null,
      after: change.after ?? null,
    },
    now,
  );
}
