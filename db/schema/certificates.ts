import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index, uniqueIndex, check } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { events } from "./events";
import { registrations } from "./registrations";

export const certificateStatuses = ["valid", "superseded", "withdrawn"] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/**
 * A certificate of attendance ("Teilnahmebescheinigung"), issued when attendance of an event is
 * closed. The PDF is not stored: it is drawn on request from the registration and the sessions
 * listed here, so that it always shows what was recorded. A correction after reopening supersedes
 * the row (a new one with a new code follows); losing the entitlement withdraws it. Only a valid
 * row verifies.
 *
 * The verification code is never stored: it is an HMAC of `code_seed` under the app secret (so the
 * platform can print it again) and is found by `code_hash` (lib/certificates/code.ts).
 */
export const certificates = sqliteTable(
  "certificates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    codeSeed: text("code_seed").notNull(),
    codeHash: text("code_hash").notNull().unique(),
    /** The sessions the certificate covers (ids of event_sessions, in date order). */
    sessionIds: text("session_ids", { mode: "json" }).$type<number[]>().notNull(),
    /** Attended time in minutes (sum of the covered sessions' durations). */
    minutesAttended: integer("minutes_attended").notNull(),
    status: text("status", { enum: certificateStatuses }).notNull().default("valid"),
    issuedAt: instant("issued_at").notNull(),
    /** When it was superseded or withdrawn. */
    endedAt: instant("ended_at"),
  },
  (t) => [
    index("certificates_event_status_idx").on(t.eventId, t.status),
    check("certificates_status_check", sql.raw(`status in (${certificateStatuses.map((s) => `'${s}'`).join(", ")})`)),
    // One valid certificate per registration at a time.
    uniqueIndex("certificates_registration_valid_uq").on(t.registrationId).where(sql`status = 'valid'`),
  ],
);

export type Certificate = typeof certificates.$inferSelect;
