import "server-only";
import { and, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { db } from "@/db/client";
import { auditEntityTypes, auditLog } from "@/db/schema";
import { ownOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { endOfLocalDay, startOfLocalDay } from "@/lib/dates/berlin";

export const AUDIT_PAGE_SIZE = 25;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** The filter of the audit log page, read from its URL; anything malformed is ignored. */
export const auditFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  typ: z.enum(auditEntityTypes).optional().catch(undefined),
  von: isoDate,
  bis: isoDate,
  seite: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** "column contains text", case-insensitive for ASCII, with the user's % and _ taken literally. */
const contains = (column: SQLiteColumn, text: string) => sql`${column} like ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/**
 * One page of the audit log, newest first. The office reads every entry; everyone else only the
 * entries about the own organisation's data (entries without an organisation are the office's).
 */
export async function listAuditEntries(actor: Actor, filter: AuditFilter = {}) {
  const conditions: (SQL | undefined)[] = [ownOrganisation(actor, auditLog.organisationId)];
  if (filter.q) {
    conditions.push(or(contains(auditLog.label, filter.q), contains(auditLog.action, filter.q), contains(auditLog.actorName, filter.q)));
  }
  if (filter.typ) conditions.push(eq(auditLog.entityType, filter.typ));
  if (filter.von) conditions.push(gte(auditLog.at, startOfLocalDay(filter.von)));
  if (filter.bis) conditions.push(lt(auditLog.at, endOfLocalDay(filter.bis)));
  const where = and(...conditions);
  const page = filter.seite ?? 1;
  const [entries, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { entries, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
