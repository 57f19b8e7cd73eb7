import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";

export const auditEntityTypes = ["event", "registration", "account", "organisation", "catalog", "application", "privacy"] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

/**
 * Who changed what and when, with the values before and after. Written in the same transaction as
 * the change. Rows are never deleted; the one change is retention (lib/privacy/anonymise-audit.ts), which
 * removes the personal values of participants once their registrations are anonymised.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: instant("at").notNull(),
    /** Null for changes nobody signed in made (a volunteer through a public form, a job). */
    actorAccountId: integer("actor_account_id"),
    /** The name at the time, so that the log still reads right after an account is renamed. */
    actorName: text("actor_name").notNull(),
    /** The organisation whose data changed: partners see only their own organisation's entries. */
    organisationId: integer("organisation_id"),
    entityType: text("entity_type", { enum: auditEntityTypes }).notNull(),
    entityId: integer("entity_id").notNull(),
    /** What happened, e.g. "event.published", "registration.cancelled", "account.invited". */
    action: text("action").notNull(),
    /** A short human-readable label of the entity (an event title, a person's name). */
    label: text("label").notNull().default(""),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_organisation_idx").on(t.organisationId, t.at),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
