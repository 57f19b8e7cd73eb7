import { existsSync } from "node:fs";
import { createClient } from "@libsql/client";
import { fileUrl } from "./database-file";

/**
 * Whether another process has the database file open (a server, `npm run jobs`).
 *
 * How: the app keeps its database in WAL mode, and every connection to a WAL database holds a
 * shared lock on the WAL index (the -shm file) for as long as it is open, idle or not. Leaving WAL
 * mode (`journal_mode = delete`) needs every other connection closed, so it fails with SQLITE_BUSY
 * exactly while someone else has the file open. A `BEGIN EXCLUSIVE` would not do: in WAL mode it
 * succeeds next to an idle server (it only excludes writers). A pid file would not do either: a
 * process killed with -9 leaves it behind, and it says nothing about `npm run jobs` or a second
 * server. The mode is set back to WAL at once. The short busy timeout keeps the answer quick.
 *
 * A file not in WAL mode (never opened by the app) gives no such lock: the check then finds no
 * user, which is true for the app's own processes, since they switch the file to WAL on migration.
 */
export async function databaseInUse(file: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  const client = createClient({ url: fileUrl(file), timeout: 200 });
  try {
    const mode = await client.execute("pragma journal_mode");
    if (String(mode.rows[0]?.journal_mode).toLowerCase() !== "wal") return false;
    await client.execute("pragma journal_mode = delete");
    await client.execute("pragma journal_mode = wal");
    return false;
  } catch (error) {
    if (/SQLITE_BUSY|locked/i.test(String((error as { code?: string }).code ?? "") + String((error as Error).message))) return true;
    throw error;
  } finally {
    client.close();
  }
}
