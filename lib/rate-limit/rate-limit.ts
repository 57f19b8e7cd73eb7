import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { rateLimitCounters } from "@/db/schema";

/**
 * Counts one attempt for `key` in a fixed time window and says whether it is within `limit`.
 * One statement (an upsert with RETURNING), so concurrent requests in several processes count
 * correctly.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<{ allowed: boolean; count: number }> {
  if (limit <= 0) return { allowed: true, count: 0 };
  const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  // Through the process's write queue: a write beside an open write transaction of this process
  // would wait on SQLite's lock while blocking the event loop.
  const [row] = await writeTransaction((tx) =>
    tx
    .insert(rateLimitCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        count: sql`case when ${rateLimitCounters.windowStart} = excluded.window_start then ${rateLimitCounters.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimitCounters.count }),
  );
  return { allowed: row.count <= limit, count: row.count };
}

/** How many attempts `key` has in the current window, without counting one. */
export async function rateLimitCount(key: string, windowSeconds: number, now = Date.now()): Promise<number> {
  const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  const [row] = await db.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, key));
  return row && row.windowStart === windowStart ? row.count : 0;
}
