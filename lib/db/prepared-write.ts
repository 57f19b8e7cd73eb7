import "server-only";
import type { InStatement } from "@libsql/client";
import { databaseConfig } from "@/db/config";
import { fileConnection, filePath, prepared, type FileConnection, type Statement } from "./file-connection";
import { queuedWrite, writeBatch } from "./write-transaction";

/**
 * A write of a few statements as one transaction, for the hot path of a registration
 * (lib/registrations/register-batch.ts). Two costs of writeBatch are avoided (bench:registrations):
 *
 * - @libsql/client prepares every statement anew, and preparing an INSERT compiles every trigger it
 *   fires: for a registration (statistics and cache-version triggers) 1–2 ms, more than running it,
 *   and inside the write lock. Here each statement is prepared once per process and kept.
 * - Waiting: BEGIN, the statements and COMMIT run synchronously, so the lock is held only while
 *   SQLite works (about a millisecond, the commit's fsync included). An earlier version ran BEGIN and
 *   COMMIT on libSQL's threads; each hand-over then also waited for the busy event loop to take the
 *   answer back, with the lock held, and the lock became the bottleneck (docs/bench-registrations.md).
 *   Only when another process holds the lock does BEGIN wait on libSQL's thread (see begin).
 *
 * What stays as in writeBatch: one transaction, the statements in between run synchronously one
 * after the other (nothing of this process runs in between), queued behind this process's other
 * writes (queuedWrite), the same busy timeout towards other processes, rolled back as a whole on
 * any error. The connection is this module's own, to the same file. Against a libSQL server (or a
 * file URL with options) it is writeBatch itself.
 */

/** The first row of each statement that returns rows (only reading statements have one). */
export type PreparedResult = { row: Record<string, unknown> | undefined };

type Control = Record<"begin" | "commit" | "rollback" | "waitForLock" | "failWhenLocked", Statement>;

// The same busy timeout as the app's client (db/connect.ts), used only when another process holds
// the lock (see begin).
const BUSY_TIMEOUT_MS = 5000;

/**
 * The writing connection. Its busy timeout is 0: a BEGIN that finds the lock taken fails at once
 * instead of blocking the event loop (see begin).
 */
function connection(path: string): FileConnection {
  return fileConnection("write", path, 0);
}

/** BEGIN IMMEDIATE, COMMIT, ROLLBACK and the busy-timeout pragmas, prepared once per connection. */
function control(c: FileConnection): Promise<Control> {
  return (async () => ({
    begin: await prepared(c, "BEGIN IMMEDIATE"),
    commit: await prepared(c, "COMMIT"),
    rollback: await prepared(c, "ROLLBACK"),
    waitForLock: await prepared(c, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`),
    failWhenLocked: await prepared(c, "PRAGMA busy_timeout = 0"),
  }))();
}

function isBusy(error: unknown): boolean {
  return /SQLITE_BUSY|database is locked/i.test(`${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`);
}

/**
 * Takes the write lock. Usually at once and synchronously: this process's writes queue up
 * (queuedWrite), so only another process can hold the lock. Then BEGIN runs on libSQL's thread
 * with the usual busy timeout, and the event loop serves other requests while it waits.
 */
async function begin(c: FileConnection, tx: Control): Promise<void> {
  try {
    tx.begin.run();
    return;
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  tx.waitForLock.get([]);
  try {
    await c.database.exec("BEGIN IMMEDIATE");
  } finally {
    tx.failWhenLocked.get([]);
  }
}

async function runAll(c: FileConnection, statements: InStatement[]): Promise<PreparedResult[]> {
  const texts = statements.map((s) => (typeof s === "string" ? { sql: s, args: [] } : { sql: s.sql, args: s.args ?? [] }));
  // Prepared before the lock is taken (once per process, then from the map).
  const [tx, ready] = await Promise.all([control(c), Promise.all(texts.map((s) => prepared(c, s.sql)))]);
  await begin(c, tx);
  try {
    const results = ready.map((statement, i) => {
      const args = texts[i].args;
      if (!Array.isArray(args)) throw new Error("prepared writes take positional arguments only");
      return { row: statement.reader ? (statement.get(args) as Record<string, unknown> | undefined) : (statement.run(args), undefined) };
    });
    // Synchronous: the commit's fsync of a few pages takes well under a millisecond here, less than
    // handing it to a thread and waiting for the event loop to take the answer back (the lock stays
    // held meanwhile; bench:registrations, docs/bench-registrations.md).
    tx.commit.run();
    return results;
  } catch (error) {
    // (inTransaction is there at run time; the package's types leave it out.)
    if ((c.database as unknown as { inTransaction: boolean }).inTransaction) tx.rollback.run();
    throw error;
  }
}

/** Runs `statements` as one write transaction (see above). */
export function preparedWrite(statements: InStatement[]): Promise<PreparedResult[]> {
  const path = filePath(databaseConfig().url);
  if (!path) return writeBatch(statements).then((results) => results.map((r) => ({ row: r.rows[0] as unknown as Record<string, unknown> | undefined })));
  return queuedWrite(() => runAll(connection(path), statements));
}

/**
 * Tests: runs one statement on this module's own connection, for settings that hold per connection
 * (`pragma max_page_count` in tests/operations-storage-full.test.ts). Does nothing when the
 * database is not a plain file (then writes go through the app's client).
 */
export async function execOnPreparedWriteConnection(sql: string): Promise<void> {
  const path = filePath(databaseConfig().url);
  if (path) await connection(path).database.exec(sql);
}
