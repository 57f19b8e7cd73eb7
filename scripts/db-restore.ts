import { translator } from "@/lib/i18n/translator";
import { databaseFile, OperationRefused } from "@/lib/operations/database-file";
import { restoreDatabase } from "@/lib/operations/restore";

/**
 * npm run db:restore -- BACKUP.db [--to DATABASE_FILE]: puts a backup in place of the database
 * (default: the file of DATABASE_URL) after checking it; see lib/operations/restore.ts. Refuses
 * while a server or `npm run jobs` has the database open, and says in German what it did.
 */
async function main(args: string[]) {
  const to = args.indexOf("--to");
  const [backup] = args.filter((arg, i) => !arg.startsWith("--") && !(to !== -1 && i === to + 1));
  if (!backup || (to !== -1 && !args[to + 1])) throw new OperationRefused(translator("de", "operations")("restore.usage"));
  // Also for --to: with a libSQL server as DATABASE_URL the operator wants its snapshots, not a file.
  const configured = databaseFile();
  const target = to !== -1 ? args[to + 1] : configured;
  const result = await restoreDatabase({ backup, target });
  for (const line of result.lines) console.log(line);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof OperationRefused ? error.message : error);
  process.exit(1);
});
