import "server-only";
import { db } from "@/db/client";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { settings } from "@/lib/config/env";
import { lastRetentionRun, type RetentionRunRecord } from "@/lib/privacy/retention-schedule";

/**
 * For the office's start page: when the retention job last ran and what it did (from its audit
 * entry), and the retention period in force. Null for everyone but the office.
 */
export async function retentionStatusFor(actor: Actor): Promise<{ lastRun: RetentionRunRecord | null; months: number } | null> {
  if (!isCoordinator(actor)) return null;
  return { lastRun: await lastRetentionRun(db), months: settings().RETENTION_MONTHS };
}
