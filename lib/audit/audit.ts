import "server-only";
import { auditLog, type AuditEntityType } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "./audit-actions";
import type { Tx } from "@/lib/db/write-transaction";

export type AuditInput = {
  entityType: AuditEntityType;
  entityId: number;
  /** The organisation whose data changed (decides who may read the entry). */
  organisationId: number | null;
  /** e.g. "event.published", "account.deactivated": one of the listed codes, each with a German label. */
  action: AuditAction;
  label: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Only the fields that differ, before and after; Dates as ISO strings so that the log reads well. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const plain = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(plain(before[key])) === JSON.stringify(plain(after[key]))) continue;
    b[key] = plain(before[key]);
    a[key] = plain(after[key]);
  }
  return { before: b, after: a };
}

/** Writes one entry of the audit log in the caller's transaction, so that it exists exactly when the change does. */
export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditInput, now = new Date()): Promise<void> {
  await tx.insert(auditLog).values({
    at: now,
    actorAccountId: actor?.accountId ?? null,
    actorName: actor?.name ?? "System",
    organisationId: entry.organisationId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    label: entry.label,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
