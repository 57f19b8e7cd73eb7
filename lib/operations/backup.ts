import { translator } from "@/lib/i18n/translator";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createClient } from "@libsql/client";
import { backupName, isBackupOf } from "./backup-names";
import { checksumPath, writeChecksum } from "./checksum";
import { fileUrl, OperationRefused } from "./database-file";

export type BackupResult = { file: string; checksumFile: string; bytes: number; pruned: string[] };

/**
 * Copies a live database into `dir` with `VACUUM INTO`: SQLite writes the copy inside one read
 * transaction, so it is a consistent snapshot at a transaction boundary, while other processes go
 * on writing (the database is in WAL mode: a reader does not block writers). The copy is compact
 * and has no -wal file beside it. Then a checksum file, then all but the newest `keep` backups of
 * this database in `dir` are deleted.
 */
export async function backupDatabase(options: { databaseFile: string; dir: string; keep: number; now?: Date }): Promise<BackupResult> {
  const { databaseFile, dir, keep } = options;
  if (!existsSync(databaseFile)) throw new OperationRefused(translator("de", "operations")("backup.missing", { file: databaseFile }));
  await mkdir(dir, { recursive: true });
  let file = path.join(dir, backupName(databaseFile, options.now ?? new Date()));
  // Two backups in one second (a test, a timer and a person at once) must not overwrite each other.
  for (let n = 1; existsSync(file); n++) file = path.join(dir, backupName(databaseFile, options.now ?? new Date()).replace(/\.db$/, `-${n}.db`));
  const client = createClient({ url: fileUrl(databaseFile), timeout: 5000 });
  try {
    await client.execute({ sql: "vacuum into ?", args: [file] });
  } finally {
    client.close();
  }
  const checksumFile = await writeChecksum(file);
  return { file, checksumFile, bytes: (await stat(file)).size, pruned: await pruneBackups(databaseFile, dir, keep) };
}

/** Deletes all but the newest `keep` backups of the database (and their checksum files). */
export async function pruneBackups(databaseFile: string, dir: string, keep: number): Promise<string[]> {
  const backups = (await readdir(dir)).filter((name) => isBackupOf(databaseFile, name)).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) {
    await rm(path.join(dir, name), { force: true });
    await rm(checksumPath(path.join(dir, name)), { force: true });
  }
  return old;
}
