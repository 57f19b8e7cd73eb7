import { translator } from "@/lib/i18n/translator";
import path from "node:path";
import { databaseConfig, isFileUrl } from "@/db/config";

/** A refusal the command-line tools print as it is (German, no stack trace). */
export class OperationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OperationRefused";
  }
}

/**
 * The embedded database's file for a DATABASE_URL. Backups and restores work on files only: a
 * libSQL server (libsql://, http(s)://) keeps its data where these tools cannot copy it
 * consistently, so they refuse and point to the server's own snapshots.
 */
export function databaseFile(url = databaseConfig().url): string {
  if (!isFileUrl(url)) throw new OperationRefused(translator("de", "operations")("backup.serverDatabase", { url: url.replace(/\?.*$/, "") }));
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (!file || file === ":memory:") throw new OperationRefused(translator("de", "operations")("backup.missing", { file: url }));
  return path.resolve(file);
}

/** The file: URL of a path, for createClient. */
export const fileUrl = (file: string) => `file:${file}`;
