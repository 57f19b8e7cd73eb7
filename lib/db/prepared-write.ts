import "server-only";
import Libsql from "libsql";
import type { InStatement, ResultSet } from "@libsql/client";
import { databaseConfig } from "@/db/config";
import { queuedWrite, writeBatch } from "./write-transaction";

/**
 * A write of a few statements as one transaction, with the statements prepared once per process.
 *
 * @libsql/client prepares every statement anew, and preparing an INSERT compiles every trigger it
 * fires: for a registration (the statistics and cache-version triggers) that took about 1–2 ms,
 * more than the rest of the write, and inside the write lock. So the hot path of a registration
 * (lib/registrations/register-batch.ts) runs on a connection of its own to the same file whose
 * prepared statements are kept. Otherwise it is the same as writeBatch: BEGIN IMMEDIATE, the
 * statements, COMMIT, all without giving the event loop away, queued behind this process's other
 * writes (queuedWrite), with the same busy timeout towards other processes, and rolled back as a
 * whole on any error. Against a libSQL server (or a file URL with options) it is writeBatch itself.
 */

export type PreparedResult = { rows: Record<string, unknown>[] };

type Connection = { path: string; database: Libsql.Database; statements: Map<string, Libsql.Statement<unknown[]>> };

// One per process and database file, on globalThis like the write queue (Next.js may load this
// module twice in one process).
const shared = globalThis as unknown as { __preparedWriteConnection?: Connection };

// The same busy timeout as the app's client (db/connect.ts).
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
  const database = new Libsql(path, { timeout: BUSY_TIMEOUT_MS } as Libsql.Options);
  return (shared.__preparedWriteConnection = { path, database, statements: new Map() });
}

function prepared(c: Connection, sql: string): Libsql.Statement<unknown[]> {
  let statement = c.statements.get(sql);
  if (!statement) {
    if (c.statements.size >= MAX_STATEMENTS) c.statements.delete(c.statements.keys().next().value as string);
    statement = c.database.prepare(sql);
    c.statements.set(sql, statement);
  }
  return statement;
}

function runAll(c: Connection, statements: InStatement[]): PreparedResult[] {
  c.database.exec("BEGIN IMMEDIATE");
  try {
    const results = statements.map((s) => {
      const { sql, args = [] } = typeof s === "string" ? { sql: s, args: [] } : s;
      if (!Array.isArray(args)) throw new Error("prepared writes take positional arguments only");
      const statement = prepared(c, sql);
      return { rows: statement.reader ? (statement.all(args) as Record<string, unknown>[]) : (statement.run(args), []) };
    });
    c.database.exec("COMMIT");
    return results;
  } catch (error) {
    if (c.database.inTransaction) c.database.exec("ROLLBACK");
    throw error;
  }
}

/** Runs `statements` as one write transaction (see above); each result holds the rows a SELECT returned. */
export function preparedWrite(statements: InStatement[]): Promise<PreparedResult[]> {
  const path = filePath(databaseConfig().url);
  if (!path) return writeBatch(statements).then((results: ResultSet[]) => results.map((r) => ({ rows: r.rows as unknown as Record<string, unknown>[] })));
  return queuedWrite(async () => runAll(connection(path), statements));
}
