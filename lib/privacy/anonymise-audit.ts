import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { auditLog, type AuditEntry } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { translator } from "@/lib/i18n/translator";
import { scrubValue } from "./personal-values";

/** Audit entries whose entity is a registration (or a supervision application, which is one). */
export const PERSON_ENTITY_TYPES = ["registration", "application"] as const;

/** The label an entry about an anonymised person gets: "Anonymisiert – <event title>". */
export function anonymisedLabel(eventTitle: string | null): string {
  const name = translator("de", "intern")("retention.anonymisedName");
  return eventTitle ? `${name} – ${eventTitle}` : name;
}

type Scrubbable = Pick<AuditEntry, "id" | "label" | "before" | "after">;

/** The new label and values of one entry, or null when it holds nothing personal any more. */
export function scrubbedEntry(entry: Scrubbable, label: string, values: string[]): Pick<AuditEntry, "label" | "before" | "after"> | null {
  const before = entry.before === null ? null : (scrubValue(entry.before, values) as Record<string, unknown>);
  const after = entry.after === null ? null : (scrubValue(entry.after, values) as Record<string, unknown>);
  const same = entry.label === label && JSON.stringify(before) === JSON.stringify(entry.before) && JSON.stringify(after) === JSON.stringify(entry.after);
  return same ? null : { label, before, after };
}

/** Rows per UPDATE: one statement for many rows is much cheaper than one each (see lib/privacy/anonymise.ts). */
const ROWS_PER_STATEMENT = 500;

async function rewrite<E extends Scrubbable>(tx: Tx, entries: E[], labelOf: (e: E) => string, valuesOf: (e: E) => string[]): Promise<number> {
  const changed = entries.flatMap((entry) => {
    const next = scrubbedEntry(entry, labelOf(entry), valuesOf(entry));
    return next ? [sql`(${entry.id}, ${next.label}, ${next.before === null ? null : JSON.stringify(next.before)}, ${next.after === null ? null : JSON.stringify(next.after)})`] : [];
  });
  for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
    await tx.run(sql`update audit_log set label = m.column2, before = m.column3, after = m.column4
      from (values ${sql.join(changed.slice(i, i + ROWS_PER_STATEMENT), sql`, `)}) as m where audit_log.id = m.column1`);
  }
  return changed.length;
}

/**
 * Replaces the label and the personal values of the audit entries about these registrations, in
 * the caller's transaction (lib/privacy/anonymise.ts). Who acted, when, on which entity and what
 * (action, statuses, ids) stays. Returns how many entries changed.
 */
export async function scrubAuditEntriesOf(tx: Tx, people: { id: number; eventTitle: string; values: string[] }[]): Promise<number> {
  if (people.length === 0) return 0;
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries = await tx
    .select({ id: auditLog.id, entityId: auditLog.entityId, label: auditLog.label, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(inArray(auditLog.entityType, [...PERSON_ENTITY_TYPES]), inArray(auditLog.entityId, [...byId.keys()])));
  const personOf = (e: (typeof entries)[number]) => byId.get(e.entityId)!;
  return rewrite(tx, entries, (e) => anonymisedLabel(personOf(e).eventTitle), (e) => personOf(e).values);
}

/**
 * Entries about registrations that no longer exist (so nothing anonymised them): the label becomes
 * "Anonymisiert" and the personal fields are removed by name. `ids` are audit entry ids.
 */
export async function scrubOrphanAuditEntries(tx: Tx, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const entries = await tx.select({ id: auditLog.id, label: auditLog.label, before: auditLog.before, after: auditLog.after }).from(auditLog).where(inArray(auditLog.id, ids));
  // The label held the name (and the event title, which cannot be told apart from it here).
  return rewrite(tx, entries, () => anonymisedLabel(null), () => []);
}
