import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { appMeta, auditLog } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { localIsoDate } from "@/lib/dates/berlin";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { runPeriodically } from "@/lib/mail/sender";
import { translator } from "@/lib/i18n/translator";
import { runRetention, type RetentionCounts, type RetentionResult } from "./retention";

/**
 * When the retention job runs: at most once per Berlin calendar day across all processes (the
 * server's background loop, `npm run jobs`, a manual `npm run retention`). A run first claims the
 * job in one write transaction: refused when the last run's audit entry is from today, or when
 * another process holds a claim younger than CLAIM_MS (a claim of a process that died runs out).
 * The run's audit entry (entity "privacy", actor "System", the counts) is written in the same
 * transaction that gives the claim back.
 */

export const RETENTION_AUDIT_ACTION = "privacy.retention_run" as const;
const CLAIM_KEY = "retention.running";
const CLAIM_MS = 3600_000;
/** How often the background loops look whether a run is due. */
export const RETENTION_CHECK_INTERVAL_MS = 3600_000;

const lastRunQuery = (tx: Pick<Tx, "select">) =>
  tx
    .select({ at: auditLog.at, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "privacy"), eq(auditLog.action, RETENTION_AUDIT_ACTION)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);

export type RetentionRunRecord = { at: Date; counts: RetentionCounts; months: number | null };

/** The last run's time and counts, or null when the job has never run. */
export async function lastRetentionRun(tx: Pick<Tx, "select">): Promise<RetentionRunRecord | null> {
  const [row] = await lastRunQuery(tx);
  if (!row) return null;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const n = (key: keyof RetentionCounts) => (typeof after[key] === "number" ? (after[key] as number) : 0);
  return {
    at: row.at,
    counts: {
      registrations: n("registrations"),
      auditEntries: n("auditEntries"),
      mails: n("mails"),
      selfServiceTokens: n("selfServiceTokens"),
      accountTokens: n("accountTokens"),
      rateLimitCounters: n("rateLimitCounters"),
      failureDelays: n("failureDelays"),
    },
    months: typeof after.months === "number" ? after.months : null,
  };
}

type Claim = "claimed" | "done_today" | "busy";

async function claim(now: Date, force: boolean): Promise<Claim> {
  return writeTransaction(async (tx) => {
    const last = await lastRetentionRun(tx);
    if (!force && last && localIsoDate(last.at) === localIsoDate(now)) return "done_today";
    const [held] = await tx.select().from(appMeta).where(eq(appMeta.key, CLAIM_KEY));
    const heldAt = held ? Date.parse(held.value) : NaN;
    // A claim from the future (a clock set back) says nothing; one older than CLAIM_MS is abandoned.
    if (held && heldAt <= now.getTime() && now.getTime() - heldAt < CLAIM_MS) return "busy";
    await tx.insert(appMeta).values({ key: CLAIM_KEY, value: now.toISOString() }).onConflictDoUpdate({ target: appMeta.key, set: { value: now.toISOString() } });
    return "claimed";
  });
}

const release = (tx: Tx) => tx.delete(appMeta).where(eq(appMeta.key, CLAIM_KEY));

export type RetentionOutcome = { status: "ran"; result: RetentionResult } | { status: "done_today" | "busy" };

/**
 * Runs the retention job unless it has run today (`force`: also then) or runs elsewhere right now,
 * and writes its audit entry. A dry run only counts: no claim, no audit entry.
 */
export async function applyRetention(options: { now?: Date; force?: boolean; dryRun?: boolean } = {}): Promise<RetentionOutcome> {
  const now = options.now ?? new Date();
  if (options.dryRun) return { status: "ran", result: await runRetention({ now, dryRun: true }) };
  const claimed = await claim(now, !!options.force);
  if (claimed !== "claimed") return { status: claimed };
  try {
    const result = await runRetention({ now });
    await writeTransaction(async (tx) => {
      await recordAudit(
        tx,
        null,
        {
          entityType: "privacy",
          entityId: 0,
          // Office only: entries without an organisation are the office's (lib/audit/audit-queries.ts).
          organisationId: null,
          action: RETENTION_AUDIT_ACTION,
          label: translator("de", "intern")("retention.auditLabel"),
          after: { ...result.counts, months: result.months, cutoff: result.cutoff.toISOString(), longestTransactionMs: result.longestTransactionMs, transactions: result.transactions },
        },
        now,
      );
      await release(tx);
    });
    return { status: "ran", result };
  } catch (error) {
    await writeTransaction(async (tx) => {
      await release(tx);
    }).catch(() => undefined);
    throw error;
  }
}

/** Runs the retention job in this process once a day (checked every RETENTION_CHECK_INTERVAL_MS); returns the function that stops it. */
export function startRetentionScheduler(intervalMs = RETENTION_CHECK_INTERVAL_MS): () => Promise<void> {
  return runPeriodically("retention", intervalMs, async () => {
    await applyRetention();
    return false;
  });
}
