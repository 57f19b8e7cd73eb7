import "server-only";
import { eq } from "drizzle-orm";
import { failureDelays } from "@/db/schema";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { limitKey } from "./limit-key";
import { FAILURE_MEMORY_MS, pruneRateLimitsNowAndThen } from "./prune";

export type FailureDelayPolicy = {
  /** Failures before any delay (0: no delay at all). */
  freeFailures: number;
  maxDelaySeconds: number;
};

/**
 * How long the next try must wait after the last of `failures` failures: nothing for the first
 * `freeFailures`, then 1, 2, 4, … seconds, at most maxDelaySeconds.
 */
export function failureDelaySeconds(failures: number, policy: FailureDelayPolicy): number {
  if (policy.freeFailures <= 0 || failures < policy.freeFailures) return 0;
  return Math.min(2 ** Math.min(failures - policy.freeFailures, 30), policy.maxDelaySeconds);
}

export type TryClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Asks whether a try for `key` may happen now and, if so, counts it as a failure straight away
 * (in one write transaction, so that tries sent at the same moment queue up behind each other's
 * delay instead of all getting through). A try that succeeds calls clearFailures. A refused try
 * counts nothing: waiting out the delay always gives the next try, and nobody can lengthen it
 * by knocking during it.
 */
export async function claimTry(key: string, policy: FailureDelayPolicy, now = Date.now()): Promise<TryClaim> {
  const stored = limitKey(key);
  const claim = await writeTransaction(async (tx): Promise<TryClaim> => {
    const [row] = await tx.select().from(failureDelays).where(eq(failureDelays.key, stored));
    const failures = row && row.lastFailureAt > now - FAILURE_MEMORY_MS ? row.failures : 0;
    const waitUntil = row ? row.lastFailureAt + failureDelaySeconds(failures, policy) * 1000 : 0;
    if (now < waitUntil) return { allowed: false, retryAfterSeconds: Math.ceil((waitUntil - now) / 1000) };
    await tx
      .insert(failureDelays)
      .values({ key: stored, failures: failures + 1, lastFailureAt: now })
      .onConflictDoUpdate({ target: failureDelays.key, set: { failures: failures + 1, lastFailureAt: now } });
    return { allowed: true };
  });
  if (claim.allowed) await pruneRateLimitsNowAndThen(now);
  return claim;
}

/** Forgets the failures of `key` (a successful try, or a new password set through a reset link). */
export async function clearFailures(key: string, tx?: Tx): Promise<void> {
  const remove = (t: Tx) => t.delete(failureDelays).where(eq(failureDelays.key, limitKey(key)));
  await (tx ? remove(tx) : writeTransaction(remove));
}
