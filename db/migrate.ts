import { migrate } from "drizzle-orm/libsql/migrator";
import path from "node:path";
import type { Client } from "@libsql/client";
import type { Database } from "./connect";
import { isFileUrl } from "./config";

/** Applies the committed drizzle-kit migrations. WAL lets readers go on while one process writes. */
export async function applyMigrations(db: Database, client: Client, url: string) {
  if (isFileUrl(url)) {
    // journal_mode cannot change inside a transaction, so it runs on its own; it persists in the file.
    await client.execute("pragma journal_mode = wal");
  }
  await migrate(db, { migrationsFolder: path.join(process.cwd(), "db/migrations") });
}
