import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, instant } from "./columns";
import { events } from "./events";
import { registrations } from "./registrations";

/** "withdrawn": no longer wanted (e.g. a reminder for a registration cancelled after it was queued). */
export const mailStatuses = ["pending", "sent", "failed", "withdrawn"] as const;

export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * Every mail is written here first, in the same transaction as the change that caused it. A sender
 * claims due rows with a lease, delivers them, and marks them sent; failures are retried later.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** What the mail is about: registration_confirmed, waitlisted, promoted, reminder, … */
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    attachments: text("attachments", { mode: "json" }).$type<MailAttachment[]>().notNull().default([]),
    /** Mails that must exist once only (a reminder per registration) carry a unique key. */
    dedupeKey: text("dedupe_key").unique(),
    /** Kept as a record of what was sent when the registration or event is deleted (anonymisation). */
    registrationId: integer("registration_id").references(() => registrations.id, { onDelete: "set null" }),
    eventId: integer("event_id").references(() => events.id, { onDelete: "set null" }),
    status: text("status", { enum: mailStatuses }).notNull().default("pending"),
    /** "smtp", or "mailbox" when no SMTP server is configured (shown at /dev/postfach). */
    transport: text("transport"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: instant("lease_until"),
    lastError: text("last_error"),
    messageId: text("message_id"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [
    index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("mail_outbox_registration_idx").on(t.registrationId),
    index("mail_outbox_recipient_idx").on(t.recipient),
  ],
);

export type OutboxMail = typeof mailOutbox.$inferSelect;

/**
 * Mails that must exist once only (a reminder per registration, per session): the key is recorded
 * here when the mail is written, so that the rule holds after sent mails are pruned from the outbox
 * (retention, lib/privacy/retention.ts). Keys hold ids only, no personal data.
 */
export const mailDedupeKeys = sqliteTable("mail_dedupe_keys", {
  key: text("key").primaryKey(),
  createdAt: createdAt(),
});
