import "server-only";
import { like } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Tx } from "@/lib/db/write-transaction";
import { slugify } from "@/lib/util/slug";

/**
 * A slug for `name` that no row of the table has yet: "name", else "name-2", "name-3", …
 * Used for the office's lists and for organisations; slugs never change after creation, so that
 * filter links and feeds keep working when something is renamed.
 */
export async function freeSlug(tx: Tx, table: SQLiteTable, slugColumn: SQLiteColumn, name: string, fallback: string): Promise<string> {
  const base = slugify(name) || fallback;
  const rows = (await tx.select({ slug: slugColumn }).from(table).where(like(slugColumn, `${base}%`))) as { slug: string }[];
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
