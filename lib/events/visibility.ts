import { and, eq, sql, type SQL } from "drizzle-orm";
import { events, organisations, publicEventStatuses, publicStatusSql } from "@/db/schema";

/** Statuses the public may see. Cancelled events stay visible, marked as cancelled. */
export const publicStatuses = publicEventStatuses;

/**
 * The one rule for what the public sees: published or cancelled events of active organisations.
 * Drafts, events in review and events of deactivated organisations never leave the database through
 * a public page, feed or API. Every public query joins organisations and applies this condition.
 * The statuses are constants in the SQL, so that the partial indexes of public events apply.
 */
export function publiclyVisible(): SQL {
  return and(sql`${events}.${sql.raw(publicStatusSql)}`, eq(organisations.active, true))!;
}
