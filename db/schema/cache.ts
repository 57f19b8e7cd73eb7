import { sqliteTable, integer, check } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

/**
 * One row whose number goes up with every write that can change what the public calendar shows
 * (events, their sessions, topics, languages and questions, seats taken, the lists of formats,
 * topics, organisations, venues and initiatives). SQLite triggers raise it in the same
 * transaction as the write (db/triggers/public-data-version.ts), whichever process or script writes.
 * Every process keeps its cache of public reads (lib/cache/public-data-cache.ts) under the number it
 * last read, and reads the number again on every request: a change is seen on the next request
 * everywhere, at the price of one primary-key lookup.
 */
export const publicDataVersion = sqliteTable(
  "public_data_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("public_data_version_single_row", sql`${t.id} = 1`)],
);
