import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";

/**
 * Fixed-window counters for rate limits (per source address, per e-mail address). Kept in the
 * database so that limits hold across several server processes. The key is a keyed hash of the
 * limit's name and subject (lib/rate-limit/limit-key.ts): fixed length, no address in clear text.
 * Rows whose window has ended are pruned (lib/rate-limit/prune.ts).
 */
export const rateLimitCounters = sqliteTable(
  "rate_limit_counters",
  {
    key: text("key").primaryKey(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull(),
    /** End of the window, in seconds since the epoch: after it the row counts for nothing. */
    expiresAt: integer("expires_at").notNull().default(0),
  },
  (t) => [index("rate_limit_counters_expires_idx").on(t.expiresAt)],
);

/**
 * Failures per subject (e.g. failed sign-ins per e-mail address, known or not) for a delay that
 * grows with each failure (lib/rate-limit/failure-delay.ts). The key is a keyed hash, as above;
 * rows are forgotten a day after their last failure.
 */
export const failureDelays = sqliteTable(
  "failure_delays",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    /** Milliseconds since the epoch. */
    lastFailureAt: integer("last_failure_at").notNull(),
  },
  (t) => [index("failure_delays_last_failure_idx").on(t.lastFailureAt)],
);
