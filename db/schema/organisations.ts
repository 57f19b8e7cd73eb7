import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";

/** The city's coordination office (kind "office") and the partner providers ("Träger"). */
export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: text("kind", { enum: ["office", "partner"] }).notNull().default("partner"),
    description: text("description"),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    /** Deactivated organisations vanish from every public page, feed and API; nothing is deleted. */
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** Trusted partners may publish without review by the office. */
    trusted: integer("trusted", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("organisations_active_idx").on(t.active)],
);

export type Organisation = typeof organisations.$inferSelect;
