import { sqliteTable, integer, check } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

/**
 * Two rows whose numbers go up with every write that can change what the public calendar shows:
 * row 1 for content (events, their sessions, topics, languages and questions, the lists of formats,
 * topics, organisations, venues and initiatives), row 2 for seats taken (registrations). SQLite
 * triggers raise them in the same transaction as the write (db/triggers/public-data-version.ts),
 * whichever process or script writes. Every process keeps its cache of public reads
 * (lib/cache/public-data-cache.ts) under the numbers it last read, and reads them again on every
 * request: a change is seen on the next request everywhere, at the price of one small read.
 */
export const publicDataVersion = sqliteTable(
  "public_data_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("public_data_version_rows", sql`${t.id} in (1, 2)`)],
);
