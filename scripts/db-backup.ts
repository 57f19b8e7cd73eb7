import { translator } from "@/lib/i18n/translator";
import path from "node:path";
import { settings } from "@/lib/config/env";
import { backupDatabase } from "@/lib/operations/backup";
import { databaseFile, OperationRefused } from "@/lib/operations/database-file";

/**
 * npm run db:backup [-- --to DIR]: a consistent copy of the running database (VACUUM INTO) named
 * with the UTC time, a .sha256 file beside it, and only the newest BACKUP_KEEP backups kept.
 * Default folder: `backups/` next to the database file.
 */
async function main(args: string[]) {
  const to = args.indexOf("--to");
  if (to !== -1 && !args[to + 1]) throw new OperationRefused(translator("de", "operations")("backup.usage"));
  const file = databaseFile();
  const dir = to !== -1 ? path.resolve(args[to + 1]) : path.join(path.dirname(file), "backups");
  const result = await backupDatabase({ databaseFile: file, dir, keep: settings().BACKUP_KEEP });
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(translator("de", "operations")("backup.done", { file: result.file, size, checksum: result.checksumFile }));
  if (result.pruned.length > 0) console.log(translator("de", "operations")("backup.pruned", { keep: settings().BACKUP_KEEP, files: result.pruned.join(", ") }));
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof OperationRefused ? error.message : error);
  process.exit(1);
});
