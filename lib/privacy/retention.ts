import "server-only";
import { and, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, registrations } from "@/db/schema";
import { settings } from "@/lib/config/env";
import { anonymiseRegistrations, type PersonKeyMap } from "./anonymise";
import { anonymisedLabel, PERSON_ENTITY_TYPES, scrubOrphanAuditEntries } from "./anonymise-audit";
import { retentionCutoff } from "./retention-cutoff";
import { countRule, deleteRule, pruneRules } from "./retention-prune";
import { TransactionTimer } from "./transaction-timer";

/**
 * The retention job (issue 13): personal data is kept only as long as needed.
 * (a) Registrations of events whose last session ended more than RETENTION_MONTHS months ago are
 *     anonymised (lib/privacy/anonymise.ts), BATCH per transaction; one person-key map for the
 *     whole run, so a person whose registrations fall into several batches stays one person.
 * (b) Outbox, rate-limit, token and sign-in-failure rows that count for nothing are deleted
 *     (./retention-prune.ts).
 * (c) Audit entries about registrations that no longer exist, older than the same cutoff, lose
 *     their personal values (entries about anonymised registrations lost them with (a)).
 * Every step reads what to do outside the write lock and writes in short transactions; running it
 * twice, or in two processes at once, does no harm. The run's own audit entry is written by
 * ./retention-schedule.ts.
 */

/**
 * Registrations anonymised in the first transaction; later ones adapt (nextBatchSize) so that a
 * transaction holds the write lock about 35–70 ms (docs/data-protection.md has the measurements).
 */
// The first batch: small enough that the first transaction stays well under 100 ms on 2 cores; the
// batch then grows or shrinks with the measured time (nextBatchSize).
export const ANONYMISE_BATCH = 50;
const MIN_BATCH = 10;
const MAX_BATCH = 400;
const SLOW_MS = 70;
const QUICK_MS = 35;
const AUDIT_BATCH = 500;

export type RetentionCounts = {
  registrations: number;
  auditEntries: number;
  mails: number;
  selfServiceTokens: number;
  accountTokens: number;
  rateLimitCounters: number;
  failureDelays: number;
};

export type RetentionResult = {
  counts: RetentionCounts;
  months: number;
  cutoff: Date;
  dryRun: boolean;
  /** The longest write transaction of the run, in milliseconds (0 in a dry run). */
  longestTransactionMs: number;
  transactions: number;
  /** Per step of the run: transactions and their durations in ms (p50, max). */
  steps: Record<string, { transactions: number; p50Ms: number; maxMs: number }>;
};

export type RetentionOptions = { now?: Date; dryRun?: boolean; months?: number; batchSize?: number };

/** Not anonymised yet, of an event whose last session ended before `cutoff` (a key lookup per row, no scan of events). */
const dueRegistrations = (cutoff: Date) =>
  and(isNull(registrations.anonymisedAt), sql`exists (select 1 from events e where e.id = ${registrations.eventId} and e.ends_at < ${cutoff.getTime()})`);

const orphanAuditEntries = (cutoff: Date) =>
  and(
    inArray(auditLog.entityType, [...PERSON_ENTITY_TYPES]),
    lt(auditLog.at, cutoff),
    sql`not exists (select 1 from ${registrations} where ${registrations.id} = ${auditLog.entityId})`,
    sql`${auditLog.label} <> ${anonymisedLabel(null)}`,
  );

/** Audit entries about registrations that (a) will anonymise (a dry run's estimate: some may hold nothing personal). */
const auditOfDue = (cutoff: Date) =>
  and(inArray(auditLog.entityType, [...PERSON_ENTITY_TYPES]), sql`${auditLog.entityId} in (select ${registrations.id} from ${registrations} where ${dueRegistrations(cutoff)})`);

async function anonymiseDue(cutoff: Date, now: Date, firstBatch: number, timer: TransactionTimer, audit: { entries: number }): Promise<number> {
  const personKeys: PersonKeyMap = new Map();
  let batch = firstBatch;
  let done = 0;
  let lastId = 0;
  for (;;) {
    const ids = (await db.select({ id: registrations.id }).from(registrations).where(and(dueRegistrations(cutoff), gt(registrations.id, lastId))).orderBy(registrations.id).limit(batch)).map((r) => r.id);
    if (ids.length === 0) return done;
    lastId = ids[ids.length - 1];
    const started = performance.now();
    done += await timer.run("anonymise", async (tx) => {
      // Again inside the lock: an event may have moved, another process may have been quicker.
      const still = (await tx.select({ id: registrations.id }).from(registrations).where(and(inArray(registrations.id, ids), dueRegistrations(cutoff)))).map((r) => r.id);
      const result = await anonymiseRegistrations(tx, still, now, personKeys);
      audit.entries += result.auditEntries ?? 0;
      return result.registrations;
    });
    batch = nextBatchSize(batch, performance.now() - started);
  }
}

/**
 * The next batch size: halved when a transaction took longer than SLOW_MS, a quarter larger when it
 * took less than QUICK_MS, between MIN_BATCH and MAX_BATCH. A busy machine (or a person with very
 * many audit entries) thus gets smaller transactions by itself.
 */
export function nextBatchSize(batch: number, tookMs: number): number {
  if (tookMs > SLOW_MS) return Math.max(MIN_BATCH, Math.floor(batch / 2));
  if (tookMs < QUICK_MS) return Math.min(MAX_BATCH, Math.ceil(batch * 1.25));
  return batch;
}

async function scrubOrphans(cutoff: Date, timer: TransactionTimer): Promise<number> {
  let done = 0;
  let lastId = 0;
  for (;;) {
    const ids = (await db.select({ id: auditLog.id }).from(auditLog).where(and(orphanAuditEntries(cutoff), gt(auditLog.id, lastId))).orderBy(auditLog.id).limit(AUDIT_BATCH)).map((r) => r.id);
    if (ids.length === 0) return done;
    lastId = ids[ids.length - 1];
    done += await timer.run("audit", (tx) => scrubOrphanAuditEntries(tx, ids));
  }
}

async function count(condition: ReturnType<typeof and>, table: typeof registrations | typeof auditLog): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(table).where(condition);
  return Number(row?.n ?? 0);
}

/** Applies the retention rules once (or, with `dryRun`, only counts what it would do). */
export async function runRetention(options: RetentionOptions = {}): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const months = options.months ?? settings().RETENTION_MONTHS;
  const cutoff = retentionCutoff(now, months);
  const rules = pruneRules(now);
  const timer = new TransactionTimer();
  let counts: RetentionCounts;
  if (options.dryRun) {
    const [mails, withdrawn] = [await countRule(rules.mails), await countRule(rules.withdrawnMails)];
    counts = {
      registrations: await count(dueRegistrations(cutoff), registrations),
      auditEntries: (await count(orphanAuditEntries(cutoff), auditLog)) + (await count(auditOfDue(cutoff), auditLog)),
      mails: mails + withdrawn,
      selfServiceTokens: await countRule(rules.selfServiceTokens),
      accountTokens: await countRule(rules.accountTokens),
      rateLimitCounters: await countRule(rules.rateLimitCounters),
      failureDelays: await countRule(rules.failureDelays),
    };
  } else {
    const audit = { entries: 0 };
    const registrationsDone = await anonymiseDue(cutoff, now, options.batchSize ?? ANONYMISE_BATCH, timer, audit);
    counts = {
      registrations: registrationsDone,
      auditEntries: audit.entries + (await scrubOrphans(cutoff, timer)),
      mails: (await deleteRule("mails", rules.mails, timer)) + (await deleteRule("mails", rules.withdrawnMails, timer)),
      selfServiceTokens: await deleteRule("tokens", rules.selfServiceTokens, timer),
      accountTokens: await deleteRule("tokens", rules.accountTokens, timer),
      rateLimitCounters: await deleteRule("rate-limits", rules.rateLimitCounters, timer),
      failureDelays: await deleteRule("rate-limits", rules.failureDelays, timer),
    };
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const steps = Object.fromEntries(
    [...timer.bySteps].map(([step, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return [step, { transactions: times.length, p50Ms: round(sorted[Math.floor(sorted.length / 2)]), maxMs: round(sorted[sorted.length - 1]) }];
    }),
  );
  return { counts, months, cutoff, dryRun: !!options.dryRun, longestTransactionMs: round(timer.longestMs), transactions: timer.transactions, steps };
}
