import "server-only";
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { mailOutbox, type MailAttachment } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";

/** What a mail says: the templates in lib/mail/templates return this. */
export type MailContent = { subject: string; text: string; html: string; attachments?: MailAttachment[] };

export type OutgoingMail = MailContent & {
  /** What the mail is about: registration_confirmed, waitlisted, promoted, reminder, … */
  kind: string;
  recipient: string;
  registrationId?: number;
  eventId?: number;
  /** A mail that must exist once only (e.g. `reminder:<registrationId>`). */
  dedupeKey?: string;
};

/**
 * Puts a mail into the outbox, in the caller's transaction, so that it exists exactly when the
 * change that caused it was committed. The sender (lib/mail/sender.ts) delivers it.
 * Returns the outbox id, or null when a mail with the same dedupe key exists already.
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now = new Date()): Promise<number | null> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      kind: mail.kind,
      recipient: mail.recipient,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      attachments: mail.attachments ?? [],
      dedupeKey: mail.dedupeKey ?? null,
      registrationId: mail.registrationId ?? null,
      eventId: mail.eventId ?? null,
      status: "pending",
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return row?.id ?? null;
}

/** Mails that only make sense while a registration holds a seat or a waiting-list place. */
const MAILS_FOR_ACTIVE_REGISTRATIONS = ["reminder", "registration_confirmed", "waitlisted", "promoted", "application_received", "application_accepted", "application_waitlisted"];

/**
 * Withdraws the registration's queued mails that no longer apply, in the caller's transaction (the
 * one that cancels it): a reminder written before the cancellation must not arrive after it.
 */
export async function withdrawPendingMails(tx: Tx, registrationId: number, now = new Date()): Promise<void> {
  await tx
    .update(mailOutbox)
    .set({ status: "withdrawn" })
    .where(
      and(
        eq(mailOutbox.registrationId, registrationId),
        eq(mailOutbox.status, "pending"),
        // A mail a sender holds right now may already be on its way; it is left to finish.
        or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, now)),
        inArray(mailOutbox.kind, MAILS_FOR_ACTIVE_REGISTRATIONS),
      ),
    );
}
