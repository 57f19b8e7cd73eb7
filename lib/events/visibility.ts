import { and, eq, inArray, type SQL } from "drizzle-orm";
import { events, organisations } from "@/db/schema";

/** Statuses the public may see. Cancelled events stay visible, marked as cancelled. */
export const publicStatuses = ["published", "cancelled"] as const;

/**
 * The one rule for what the public sees: published or cancelled events of active organisations.
 * Drafts, events in review and events of deactivated organisations never leave the database through
 * a public page, feed or API. Every public query joins organisations and applies this condition.
 */
export function publiclyVisible(): SQL {
  return and(inArray(events.status, [...publicStatuses]), eq(organisations.active, true))!;
}
