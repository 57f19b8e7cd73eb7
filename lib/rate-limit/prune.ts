import "server-only";
import { lt } from "drizzle-orm";
import { failureDelays, rateLimitCounters } from "@/db/schema";
import { writeTransaction } from "@/lib/db/write-transaction";

/** Failures older than this are forgotten (longer than any sensible delay between two tries). */
export const FAILURE_MEMORY_MS = 24 * 3600_000;

/** Deletes counters whose window has ended and failures older than FAILURE_MEMORY_MS. */
export async function pruneRateLimits(now = Date.now()): Promise<{ counters: number; failures: number }> {
  return writeTransaction(async (tx) => {
    const counters = await tx.delete(rateLimitCounters).where(lt(rateLimitCounters.expiresAt, Math.floor(now / 1000))).returning({ key: rateLimitCounters.key });
    const failures = await tx.delete(failureDelays).where(lt(failureDelays.lastFailureAt, now - FAILURE_MEMORY_MS)).returning({ key: failureDelays.key });
    return { counters: counters.length, failures: failures.length };
  });
}

/** At most once a minute per process, on the back of a write: the tables stay small without a job. */
const PRUNE_EVERY_MS = 60_000;
// On globalThis: Next.js loads this module more than once per process (see write-transaction.ts).
const shared = globalThis as unknown as { __rateLimitsPrunedAt?: number };

export async function pruneRateLimitsNowAndThen(now = Date.now()): Promise<void> {
  const last = shared.__rateLimitsPrunedAt;
  // Also when `now` jumps backwards (tests with fixed clocks): then the last run says nothing.
  if (last !== undefined && now >= last && now - last < PRUNE_EVERY_MS) return;
  shared.__rateLimitsPrunedAt = now;
  await pruneRateLimits(now);
}
