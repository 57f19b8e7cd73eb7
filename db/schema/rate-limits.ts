import { sqliteTable, integer, text } from "drizzle-orm/sqlite-core";

/**
 * Fixed-window counters for rate limits (per IP, per e-mail address). Kept in the database so that
 * limits hold across several server processes.
 */
export const rateLimitCounters = sqliteTable("rate_limit_counters", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
