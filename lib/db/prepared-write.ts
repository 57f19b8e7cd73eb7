import "server-only";
import Database from "libsql/promise";
import type { InStatement } from "@libsql/client";
import { databaseConfig } from "@/db/config";
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

type Statement = { reader: boolean; run(args?: unknown[]): unknown; get(args: unknown[]): unknown };
type Connection = {
  path: string;
  database: Database;
  statements: Map<string, Promise<Statement>>;
  /** BEGIN IMMEDIATE, COMMIT, ROLLBACK and the busy-timeout pragmas, prepared once (see runAll). */
  control: Promise<Record<"begin" | "commit" | "rollback" | "waitForLock" | "failWhenLocked", Statement>>;
};

// One per process and database file, on globalThis like the write queue (Next.js may load this
// module twice in one process).
const shared = globalThis as unknown as { __preparedWriteConnection?: Connection };

// The same busy timeout as the app's client (db/connect.ts), used only when another process holds
// the lock (see runAll).
const BUSY_TIMEOUT_MS = 5000;
// Only a handful of statement texts use this; the bound keeps a mistake from growing without end.
const MAX_STATEMENTS = 32;

/** The file of a plain `file:` URL, or null when the URL needs the client (server, options, memory). */
function filePath(url: string): string | null {
  if (!url.startsWith("file:") || url.includes("?")) return null;
  const rest = url.slice("file:".length).replace(/^\/\/(localhost)?(?=\/)/, "");
  return rest && rest !== ":memory:" ? rest : null;
}

function connection(path: string): Connection {
  const current = shared.__preparedWriteConnection;
  if (current?.path === path && current.database.open) return current;
  if (current?.database.open) current.database.close();
  // Busy timeout 0: a BEGIN that finds the lock taken fails at once instead of blocking the event loop.
  const database = new Database(path, { timeout: 0 });
  const prepare = (sql: string) => database.prepare(sql) as Promise<Statement>;
  const control = (async () => ({
    begin: await prepare("BEGIN IMMEDIATE"),
    commit: await prepare("COMMIT"),
    rollback: await prepare("ROLLBACK"),
    waitForLock: await prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`),
    failWhenLocked: await prepare("PRAGMA busy_timeout = 0"),
  }))();
  control.catch(() => undefined);
  return (shared.__preparedWriteConnection = { path, database, statements: new Map(), control });
}

function prepared(c: Connection, sql: string): Promise<Statement> {
  let statement = c.statements.get(sql);
  if (!statement) {
    if (c.statements.size >= MAX_STATEMENTS) c.statements.delete(c.statements.keys().next().value as string);
    statement = c.database.prepare(sql) as Promise<Statement>;
    // A statement that failed to prepare (e.g. before a migration) is tried afresh next time.
    statement.catch(() => c.statements.delete(sql));
    c.statements.set(sql, statement);
  }
  return statement;
}

function isBusy(error: unknown): boolean {
  return /SQLITE_BUSY|database is locked/i.test(`${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`);
}

/**
 * Takes the write lock. Usually at once and synchronously: this process's writes queue up
 * (queuedWrite), so only another process can hold the lock. Then BEGIN runs on libSQL's thread
 * with the usual busy timeout, and the event loop serves other requests while it waits.
 */
async function begin(c: Connection, control: Awaited<Connection["control"]>): Promise<void> {
  try {
    control.begin.run();
    return;
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  control.waitForLock.get([]);
  try {
    await c.database.exec("BEGIN IMMEDIATE");
  } finally {
    control.failWhenLocked.get([]);
  }
}

async function runAll(c: Connection, statements: InStatement[]): Promise<PreparedResult[]> {
  const texts = statements.map((s) => (typeof s === "string" ? { sql: s, args: [] } : { sql: s.sql, args: s.args ?? [] }));
  // Prepared before the lock is taken (once per process, then from the map).
  const [control, ready] = await Promise.all([c.control, Promise.all(texts.map((s) => prepared(c, s.sql)))]);
  await begin(c, control);
  try {
    const results = ready.map((statement, i) => {
      const args = texts[i].args;
      if (!Array.isArray(args)) throw new Error("prepared writes take positional arguments only");
      return { row: statement.reader ? (statement.get(args) as Record<string, unknown> | undefined) : (statement.run(args), undefined) };
    });
    // Synchronous: the commit's fsync of a few pages takes well under a millisecond here, less than
    // handing it to a thread and waiting for the event loop to take the answer back (the lock stays
    // held meanwhile; bench:registrations, docs/bench-registrations.md).
    control.commit.run();
    return results;
  } catch (error) {
    // (inTransaction is there at run time; the package's types leave it out.)
    if ((c.database as unknown as { inTransaction: boolean }).inTransaction) control.rollback.run();
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
