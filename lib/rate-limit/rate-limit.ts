import "server-only";
import { eq, sql } from "drizzle-orm";
import { writeTransaction } from "@/lib/db/write-transaction";
import { rateLimitCounters } from "@/db/schema";
import { limitKey } from "./limit-key";
import { pruneRateLimitsNowAndThen } from "./prune";

/**
 * Counts one attempt for `key` in a fixed time window and says whether it is within `limit`, and
 * when the window ends. One statement (an upsert with RETURNING), so concurrent requests in
 * several processes count correctly. The key is stored as a fixed-length keyed hash.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
  if (limit <= 0) return { allowed: true, count: 0, retryAfterSeconds: 0 };
  const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  const expiresAt = windowStart + windowSeconds;
  // Through the process's write queue: a write beside an open write transaction of this process
  // would wait on SQLite's lock while blocking the event loop.
  const [row] = await writeTransaction((tx) =>
    tx
    .insert(rateLimitCounters)
    .values({ key: limitKey(key), windowStart, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        count: sql`case when ${rateLimitCounters.windowStart} = excluded.window_start then ${rateLimitCounters.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
        expiresAt: sql`excluded.expires_at`,
      },
    })
    .returning({ count: rateLimitCounters.count }),
  );
  await pruneRateLimitsNowAndThen(now);
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: Math.max(1, expiresAt - Math.floor(now / 1000)) };
}

/** Forgets every attempt of `key`. */
export async function clearRateLimit(key: string): Promise<void> {
  await writeTransaction((tx) => tx.delete(rateLimitCounters).where(eq(rateLimitCounters.key, limitKey(key))));
}

/** Takes one counted attempt of `key` back (an attempt that turned out to be fine). */
export async function takeBackRateLimitHit(key: string): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(rateLimitCounters)
      .set({ count: sql`max(${rateLimitCounters.count} - 1, 0)` })
      .where(eq(rateLimitCounters.key, limitKey(key))),
  );
}
