import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value facts about the database itself, e.g. that it holds demo data. */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
