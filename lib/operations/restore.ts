import { translator } from "@/lib/i18n/translator";
import { existsSync } from "node:fs";
import { copyFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createClient } from "@libsql/client";
import { verifyChecksum } from "./checksum";
import { databaseInUse } from "./database-in-use";
import { fileUrl, OperationRefused } from "./database-file";
import { migrationsLevel } from "./migrations-level";

const t = translator("de", "operations");

export type RestoreResult = { target: string; previous: string | null; lines: string[] };

/** Integrity and migrations of a database file, opened read-only in spirit (nothing is written). */
async function checkBackup(file: string, lines: string[]) {
  const client = createClient({ url: fileUrl(file) });
  try {
    const integrity = await client.execute("pragma integrity_check");
    const findings = integrity.rows.map((r) => String(Object.values(r)[0]));
    if (findings.join() !== "ok") throw new OperationRefused(t("restore.integrityFailed", { detail: findings.slice(0, 3).join("; ") }));
    lines.push(t("restore.integrityOk"));
    const level = await migrationsLevel(client);
    if (level.kind === "none") throw new OperationRefused(t("restore.noMigrations"));
    if (level.kind === "newer") throw new OperationRefused(t("restore.newerThanCode", { backup: level.applied, code: level.total }));
    if (level.kind === "current") lines.push(t("restore.migrationsCurrent", { count: level.total }));
    else lines.push(t("restore.migrationsBehind", { count: level.applied, total: level.total, missing: level.total - level.applied }));
  } finally {
    client.close();
  }
}

/**
 * Puts a backup in place of the database file `target`, after checking, in this order, that
 * nothing runs on the target, that the backup has its recorded checksum, passes SQLite's integrity
 * check and has no migration this code does not know. Any failure leaves the target untouched.
 * The backup is copied next to the target first and then renamed over it (one atomic step); the
 * database that was there is kept beside it as `<name>.vor-wiederherstellung-<time>`.
 */
export async function restoreDatabase(options: { backup: string; target: string; now?: Date }): Promise<RestoreResult> {
  const backup = path.resolve(options.backup);
  const target = path.resolve(options.target);
  const lines: string[] = [];
  if (!existsSync(backup)) throw new OperationRefused(t("restore.missing", { file: backup }));
  if (await databaseInUse(target)) throw new OperationRefused(t("restore.inUse", { file: target }));
  const sum = await verifyChecksum(backup);
  if (sum === "missing") throw new OperationRefused(t("restore.noChecksum", { file: `${backup}.sha256` }));
  if (sum === "mismatch") throw new OperationRefused(t("restore.checksumMismatch", { file: backup }));
  lines.push(t("restore.checksumOk"));
  await checkBackup(backup, lines);

  const staging = `${target}.wiederherstellung-${process.pid}`;
  await copyFile(backup, staging);
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.vor-wiederherstellung-${(options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-")}`;
    await rename(target, previous);
    // A -wal file left by a crashed process holds committed changes of the old database: it moves along.
    for (const suffix of ["-wal", "-shm"]) if (existsSync(`${target}${suffix}`)) await rename(`${target}${suffix}`, `${previous}${suffix}`);
    lines.push(t("restore.previousKept", { file: previous }));
  }
  for (const suffix of ["-wal", "-shm"]) await rm(`${target}${suffix}`, { force: true });
  await rename(staging, target);
  const client = createClient({ url: fileUrl(target) });
  try {
    await client.execute("pragma journal_mode = wal");
  } finally {
    client.close();
  }
  lines.push(t("restore.done", { backup, target }));
  return { target, previous, lines };
}
