import { sqliteTable, integer, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/** Kinds of offer: Einführungsveranstaltung, Fortbildung, Gruppensupervision, … */
export const formats = sqliteTable("formats", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  /** Supervision groups are applied for rather than booked (a later issue builds that flow). */
  isSupervision: integer("is_supervision", { mode: "boolean" }).notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

/** Subjects of further training: Deeskalation, Asylrecht, … */
export const topics = sqliteTable("topics", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

/** Volunteer initiatives ("Initiativen") the participants work in. */
export const initiatives = sqliteTable("initiatives", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  district: text("district"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

export type Format = typeof formats.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
