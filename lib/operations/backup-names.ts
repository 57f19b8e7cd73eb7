import path from "node:path";

/**
 * Backup files are named for the database and the UTC time they were taken, e.g.
 * `app-2026-12-03T13-45-07Z.db` (no colons: they trouble Windows shares and scp). The names sort
 * in time order, which keeping the last N relies on.
 */
export function backupName(databaseFile: string, at: Date): string {
  const stem = path.basename(databaseFile).replace(/\.[^.]*$/, "");
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
  return `${stem}-${stamp}.db`;
}

/** Whether `name` is a backup of that database, as backupName writes them. */
export function isBackupOf(databaseFile: string, name: string): boolean {
  const stem = path.basename(databaseFile).replace(/\.[^.]*$/, "");
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z(-\\d+)?\\.db$`).test(name);
}
