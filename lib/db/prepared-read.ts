import "server-only";
import { databaseConfig } from "@/db/config";
import { fileConnection, filePath, prepared } from "./file-connection";

// The same busy timeout as the app's client (db/connect.ts). A read waits only in rare moments
// (another process recovering the WAL); the client's reads block the event loop alike.
const BUSY_TIMEOUT_MS = 5000;

/**
 * The first row of a small read on this process's reading connection (file-connection.ts), from a
 * statement prepared once and run synchronously; `null` when the database is not a plain file
 * (callers then read through the app's client). Its own connection, not the writing one: a read
 * must never wait behind a BEGIN that waits for another process's lock.
 */
export async function preparedGet(sql: string, args: unknown[] = []): Promise<{ row: Record<string, unknown> | undefined } | null> {
  const path = filePath(databaseConfig().url);
  if (!path) return null;
  const statement = await prepared(fileConnection("read", path, BUSY_TIMEOUT_MS), sql);
  return { row: statement.get(args) as Record<string, unknown> | undefined };
}
