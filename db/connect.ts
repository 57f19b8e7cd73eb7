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
  // A short busy timeout: waiting for another process's lock blocks this thread, so it waits briefly
  // and lib/db/write-transaction.ts retries asynchronously instead.
  const client: Client = createClient({ url, authToken, timeout: 500 });
  const db = drizzle(client, { schema });
  return { client, db };
}
