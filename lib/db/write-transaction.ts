import "server-only";
import { db } from "@/db/client";
import type { InStatement, ResultSet } from "@libsql/client";
import type { Database } from "@/db/connect";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

// The embedded libSQL client runs SQLite on this thread: two interactive write transactions of one
// process would wait on each other's lock while blocking the event loop (see docs/toolchain notes).
// So this process runs its write transactions one at a time; across processes SQLite's own lock
// and the client's busy timeout take over.
// Kept on globalThis: Next.js loads this module separately for instrumentation and for routes,
// and both copies must share one queue.
const shared = globalThis as unknown as { __writeQueue?: Promise<unknown> };

function isBusy(error: unknown): boolean {
  const text = String((error as { code?: string; message?: string })?.code ?? "") + String((error as Error)?.message ?? "");
  return /SQLITE_BUSY|database is locked/i.test(text);
}

/**
 * Runs `write` after every write of this process queued before it (one at a time), retried with
 * growing pauses when another process holds the database. Both interactive transactions and
 * batches go through here: a batch started while an interactive transaction of this process holds
 * the lock would wait for it with the event loop blocked, so the holder could never commit.
 */
export function queuedWrite<T>(write: () => Promise<T>): Promise<T> {
  const run = async () => {
    // One queued write per turn of the event loop: the embedded client works synchronously, and
    // without a pause a long queue keeps new connections from being accepted (libuv accepts one per
    // turn). Short turns matter more than back-to-back writes: with writes run back to back for up
    // to 5 ms, bench:registrations made as many registrations a second, but the last of 50 new
    // connections waited 1.0–1.4 s for its first answer instead of about 0.65 s
    // (docs/bench-registrations-results.md).
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!isBusy(error) || attempt >= 12) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(500, 10 * 2 ** attempt) + Math.random() * 20));
      }
    }
  };
  const result = (shared.__writeQueue ?? Promise.resolve()).then(run, run);
  shared.__writeQueue = result.catch(() => undefined);
  return result;
}

/**
 * Runs `work` as one write transaction (BEGIN IMMEDIATE), serialised within this process (see
 * queuedWrite). Every state change of a registration goes through here or through writeBatch.
 */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>, database: Database = db): Promise<T> {
  return queuedWrite(() => database.transaction(work));
}

/**
 * Runs statements as one write transaction that never yields to the event loop (a libSQL batch):
 * the shortest possible hold of the write lock. For the hot paths where every statement is known
 * beforehand (a registration, lib/registrations/register-batch.ts).
 */
export function writeBatch(statements: InStatement[], database: Database = db): Promise<ResultSet[]> {
  return queuedWrite(() => database.$client.batch(statements, "write"));
}
