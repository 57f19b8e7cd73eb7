import "server-only";
import { eq, max } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { changedFields, recordAudit } from "@/lib/audit/audit";
import type { CatalogAuditChange } from "@/lib/audit/audit-actions";
import { AccessDenied, assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { freeSlug } from "./free-slug";
import type { CatalogInput, CatalogKind } from "./catalog-schemas";
import { catalogTables, isSlugged, sortedKinds } from "./catalog-tables";

// The four tables share id and name; drizzle cannot type a write to "one of four tables", so the
// commands below address them through this common shape. The zod schema of each kind decides
// which columns a write may touch.
type AnyCatalogTable = typeof catalogTables.topic & { slug: SQLiteColumn; sortOrder: SQLiteColumn };
const tableOf = (kind: CatalogKind) => catalogTables[kind] as unknown as AnyCatalogTable;

async function rowInTx(tx: Tx, kind: CatalogKind, id: number): Promise<Record<string, unknown>> {
  const table = tableOf(kind);
  const [row] = await tx.select().from(table).where(eq(table.id, id));
  if (!row) throw new AccessDenied();
  return row;
}

const audit = (tx: Tx, actor: Actor, kind: CatalogKind, id: number, action: CatalogAuditChange, label: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, now: Date) =>
  // The lists belong to everyone: organisationId null, so only the office reads these entries.
  recordAudit(tx, actor, { entityType: "catalog", entityId: id, organisationId: null, action: `catalog.${kind}.${action}`, label, before, after }, now);

/** Adds an entry to one of the office's lists (office only). */
export async function addCatalogItem<K extends CatalogKind>(actor: Actor, kind: K, input: CatalogInput<K>, now = new Date()): Promise<number> {
  assertCoordinator(actor);
  return writeTransaction(async (tx) => {
    const table = tableOf(kind);
    const values: Record<string, unknown> = { ...input, createdAt: now };
    if (isSlugged(kind)) values.slug = await freeSlug(tx, table, table.slug, input.name, kind);
    if ((sortedKinds as readonly string[]).includes(kind)) {
      const [{ last }] = await tx.select({ last: max(table.sortOrder) }).from(table);
      values.sortOrder = Number(last ?? 0) + 1;
    }
    if (kind === "venue") values.updatedAt = now;
    const [created] = await tx.insert(table).values(values as never).returning({ id: table.id });
    await audit(tx, actor, kind, created.id, "created", input.name, null, { ...input }, now);
    return created.id;
  });
}

/** Renames or edits an entry (office only). The slug stays, so that links keep working. */
export async function updateCatalogItem<K extends CatalogKind>(actor: Actor, kind: K, id: number, input: CatalogInput<K>, now = new Date()): Promise<void> {
  assertCoordinator(actor);
  await writeTransaction(async (tx) => {
    const before = await rowInTx(tx, kind, id);
    const { before: b, after: a } = changedFields(before, input);
    if (Object.keys(a).length === 0) return;
    const table = tableOf(kind);
    await tx.update(table).set((kind === "venue" ? { ...input, updatedAt: now } : input) as never).where(eq(table.id, id));
    await audit(tx, actor, kind, id, "updated", input.name, b, a, now);
  });
}

/**
 * Deactivates or reactivates an entry (office only): it disappears from forms and filters, while
 * events and registrations that refer to it keep it. Venues have no such flag.
 */
export async function setCatalogItemActive(actor: Actor, kind: CatalogKind, id: number, active: boolean, now = new Date()): Promise<void> {
  assertCoordinator(actor);
  if (!isSlugged(kind)) throw new AccessDenied();
  await writeTransaction(async (tx) => {
    const before = await rowInTx(tx, kind, id);
    if (before.active === active) return;
    const table = tableOf(kind);
    await tx.update(table).set({ active } as never).where(eq(table.id, id));
    await audit(tx, actor, kind, id, active ? "reactivated" : "deactivated", String(before.name), { active: before.active }, { active }, now);
  });
}
