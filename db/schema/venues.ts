import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";
import { organisations } from "./organisations";

/** Places where events happen. Online events have no venue but an online link on the event. */
export const venues = sqliteTable(
  "venues",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    room: text("room"),
    /** Step-free access: entrance, rooms and toilet reachable without steps. */
    stepFree: integer("step_free", { mode: "boolean" }).notNull().default(false),
    accessibilityNotes: text("accessibility_notes"),
    directions: text("directions"),
    /** The organisation that created the venue; null for venues shared by everyone. */
    organisationId: integer("organisation_id").references(() => organisations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("venues_step_free_idx").on(t.stepFree)],
);

export type Venue = typeof venues.$inferSelect;
