import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import * as schema from "./schema";
import { databaseConfig, isFileUrl } from "./config";

export type Database = ReturnType<typeof drizzle<typeof schema>>;

/**
 * Opens a database. Used by the app's one client (db/client.ts) and by scripts and tests that need
 * a database of their own. The busy timeout lets several server processes share one file.
 */
export function connect(url = databaseConfig().url, authToken = databaseConfig().authToken) {
  if (isFileUrl(url)) {
    const file = url.slice("file:".length);
    if (file && file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  // A busy timeout long enough that a write practically never fails with SQLITE_BUSY: another
  // process holds the write lock only for one short transaction. Failing instead would be worse
  // than waiting: in @libsql/client 0.18 a statement that failed busy is never reset, and the
  // connection's next COMMIT fails ("SQL statements in progress"; tursodatabase/libsql-client-ts#352).
  // lib/db/write-transaction.ts still retries if it happens.
  const client: Client = createClient({ url, authToken, timeout: 5000 });
  const db = drizzle(client, { schema });
  return { client, db };
}
