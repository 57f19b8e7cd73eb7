import path from "node:path";
import type { Client } from "@libsql/client";
import { readMigrationFiles } from "drizzle-orm/migrator";

export type MigrationsLevel =
  | { kind: "current"; applied: number; total: number }
  | { kind: "behind"; applied: number; total: number }
  | { kind: "newer"; applied: number; total: number }
  | { kind: "none" };

/**
 * How a database's migrations compare with the code's (db/migrations). drizzle's migrator records
 * each applied migration in __drizzle_migrations with the `when` of its journal entry as
 * created_at, and applies every migration newer than the last recorded one; so the last recorded
 * created_at says where the database stands. "behind" is fine (npm run db:migrate catches up);
 * "newer" means the backup was taken by a later version of the code, which this one cannot run on.
 */
export async function migrationsLevel(client: Client, migrationsFolder = path.join(process.cwd(), "db/migrations")): Promise<MigrationsLevel> {
  const code = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis);
  const table = await client.execute("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'");
  if (table.rows.length === 0) return { kind: "none" };
  const rows = await client.execute("select created_at from __drizzle_migrations order by created_at");
  const applied = rows.rows.map((r) => Number(r.created_at));
  const last = applied.at(-1) ?? 0;
  const total = code.length;
  if (applied.some((when) => !code.includes(when))) return { kind: "newer", applied: applied.length, total };
  const done = code.filter((when) => when <= last).length;
  return { kind: done === total ? "current" : "behind", applied: done, total };
}
