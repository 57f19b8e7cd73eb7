import "server-only";
import Database from "libsql/promise";

/**
 * This process's own libSQL connections to the database file, beside the app's client
 * (db/client.ts), for the hottest statements: each is prepared once per process and kept, and runs
 * synchronously. @libsql/client prepares every statement anew and wraps every result, which costs
 * more than running such a statement (bench:registrations). Used by prepared-write.ts (a
 * registration's write) and prepared-read.ts (the public-data version read on every public request).
 * Only for a plain `file:` URL; against a libSQL server callers use the client.
 */

export type Statement = { reader: boolean; run(args?: unknown[]): unknown; get(args: unknown[]): unknown };
export type FileConnection = { path: string; database: Database; statements: Map<string, Promise<Statement>> };

// One per purpose, process and file, on globalThis (Next.js may load this module twice in one process).
const shared = globalThis as unknown as { __fileConnections?: Map<string, FileConnection> };
const connections = (shared.__fileConnections ??= new Map());

// Only a handful of statement texts use these; the bound keeps a mistake from growing without end.
const MAX_STATEMENTS = 32;

/** The file of a plain `file:` URL, or null when the URL needs the client (server, options, memory). */
export function filePath(url: string): string | null {
  if (!url.startsWith("file:") || url.includes("?")) return null;
  const rest = url.slice("file:".length).replace(/^\/\/(localhost)?(?=\/)/, "");
  return rest && rest !== ":memory:" ? rest : null;
}

/** The connection for `purpose` to `path`, opened with the busy timeout `timeoutMs` on first use (or when the file changed). */
export function fileConnection(purpose: string, path: string, timeoutMs: number): FileConnection {
  const current = connections.get(purpose);
  if (current?.path === path && current.database.open) return current;
  if (current?.database.open) current.database.close();
  const opened = { path, database: new Database(path, { timeout: timeoutMs }), statements: new Map() };
  connections.set(purpose, opened);
  return opened;
}

/** `sql` prepared on `c`, once: later calls get the same statement. */
export function prepared(c: FileConnection, sql: string): Promise<Statement> {
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
