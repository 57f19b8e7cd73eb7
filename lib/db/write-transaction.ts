import "server-only";
import { db } from "@/db/client";
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
 * Runs `work` as one write transaction (BEGIN IMMEDIATE), serialised within this process, retried
 * with growing pauses when another process holds the database. Every state change of a
 * registration goes through here.
 */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>, database: Database = db): Promise<T> {
  const run = async () => {
    // Let the event loop breathe between queued transactions: the embedded client works
    // synchronously, and without this pause a long queue keeps new connections from being
    // accepted (bench:registrations: p99 fell from 9–12 s to about 1.5 s).
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; ; attempt++) {
      try {
        return await database.transaction(work);
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
