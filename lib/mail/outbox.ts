import "server-only";
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { mailDedupeKeys, mailOutbox, type MailAttachment } from "@/db/schema";
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
 * Records a key of a mail that must exist once only, in the caller's transaction; false when it was
 * recorded before. The keys live in mail_dedupe_keys, not only on outbox rows, because sent mails
 * are deleted from the outbox after 90 days (lib/privacy/retention.ts) and the rule must outlive them.
 */
export async function claimDedupeKey(tx: Tx, key: string, now = new Date()): Promise<boolean> {
  const rows = await tx.insert(mailDedupeKeys).values({ key, createdAt: now }).onConflictDoNothing().returning({ key: mailDedupeKeys.key });
  return rows.length > 0;
}

/** Whether a mail with this dedupe key was ever written (also after its outbox row was pruned). */
export async function dedupeKeyUsed(tx: Pick<Tx, "select">, key: string): Promise<boolean> {
  const [row] = await tx.select({ key: mailDedupeKeys.key }).from(mailDedupeKeys).where(eq(mailDedupeKeys.key, key));
  return !!row;
}

/**
 * Puts a mail into the outbox, in the caller's transaction, so that it exists exactly when the
 * change that caused it was committed. The sender (lib/mail/sender.ts) delivers it.
 * Returns the outbox id, or null when a mail with the same dedupe key was written before (its key
 * is in mail_dedupe_keys, whether or not the outbox still holds the mail).
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now = new Date()): Promise<number | null> {
  if (mail.dedupeKey && !(await claimDedupeKey(tx, mail.dedupeKey, now))) return null;
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
