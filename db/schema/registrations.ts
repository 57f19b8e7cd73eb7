import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, instant, updatedAt } from "./columns";
import { events } from "./events";
import { initiatives } from "./catalog";

export const registrationStatuses = ["confirmed", "waitlisted", "cancelled", "attended", "no_show"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Statuses that hold a seat of the event's capacity. */
export const seatHoldingStatuses = ["confirmed", "attended", "no_show"] as const satisfies RegistrationStatus[];

/** A person's registration for an event. The registration flow itself extends this table. */
export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    status: text("status", { enum: registrationStatuses }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    initiativeId: integer("initiative_id").references(() => initiatives.id),
    initiativeOther: text("initiative_other"),
    accessibilityNeeds: text("accessibility_needs"),
    /** "online" through the public form, "staff" when the office entered a phone registration. */
    source: text("source", { enum: ["online", "staff"] }).notNull().default("online"),
    cancelledAt: instant("cancelled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("registrations_event_status_idx").on(t.eventId, t.status),
    index("registrations_email_idx").on(t.email),
  ],
);

export type Registration = typeof registrations.$inferSelect;
