import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { FAILURE_MEMORY_MS } from "@/lib/rate-limit/prune";
import { SENT_MAIL_DAYS } from "./retention-cutoff";
import type { TransactionTimer } from "./transaction-timer";

const DAY_MS = 24 * 3600_000;
/** Rows deleted per transaction: 250 outbox rows took about 25 ms on the benchmark database. */
const DELETE_BATCH = 250;

/** Rows of `table` matching `where` that count for nothing any more. */
type PruneRule = { table: string; where: SQL };

/**
 * What the retention job deletes, with the rule for each (all instants in ms since the epoch,
 * except the rate-limit window end, which is in seconds like the table):
 * - mails: sent ones 90 days after sending; withdrawn and finally failed ones 90 days after they
 *   were written (the reminder rule no longer needs them: mail_dedupe_keys keeps the keys);
 * - rate-limit counters whose window has ended, failure delays older than a day (lib/rate-limit);
 * - "Meine Daten" links and sessions that have expired, and links already used;
 * - password links (invitations, resets) that have expired or were used.
 */
export function pruneRules(now: Date): Record<"mails" | "withdrawnMails" | "rateLimitCounters" | "failureDelays" | "selfServiceTokens" | "accountTokens", PruneRule> {
  const t = now.getTime();
  const mailCutoff = t - SENT_MAIL_DAYS * DAY_MS;
  return {
    // next_attempt_at is never later than sent_at; it lets the (status, next_attempt_at) index find the rows.
    mails: { table: "mail_outbox", where: sql`status = 'sent' and next_attempt_at < ${mailCutoff} and sent_at < ${mailCutoff}` },
    withdrawnMails: { table: "mail_outbox", where: sql`status in ('withdrawn', 'failed') and next_attempt_at < ${mailCutoff} and created_at < ${mailCutoff}` },
    rateLimitCounters: { table: "rate_limit_counters", where: sql`expires_at < ${Math.floor(t / 1000)}` },
    failureDelays: { table: "failure_delays", where: sql`last_failure_at < ${t - FAILURE_MEMORY_MS}` },
    selfServiceTokens: { table: "self_service_tokens", where: sql`expires_at < ${t} or (kind = 'link' and used_at is not null)` },
    accountTokens: { table: "account_tokens", where: sql`expires_at < ${t} or used_at is not null` },
  };
}

export async function countRule(rule: PruneRule): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from ${sql.raw(rule.table)} where ${rule.where}`);
  return Number(row?.n ?? 0);
}

/** Deletes the rows of `rule` in short transactions of at most DELETE_BATCH rows each. */
export async function deleteRule(step: string, rule: PruneRule, timer: TransactionTimer): Promise<number> {
  const table = sql.raw(rule.table);
  let deleted = 0;
  for (;;) {
    const rows = await timer.run(step, (tx) => tx.all<{ n: number }>(sql`delete from ${table} where rowid in (select rowid from ${table} where ${rule.where} limit ${DELETE_BATCH}) returning 1 as n`));
    deleted += rows.length;
    if (rows.length < DELETE_BATCH) return deleted;
  }
}
