import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { isProduction, settings } from "@/lib/config/env";

/**
 * Reads for the local mailbox page (/dev/postfach). The mailbox shows every mail of the outbox,
 * with names, addresses and private links: it exists only outside production, or where it is
 * switched on explicitly with DEV_MAILBOX=1 (the demo). Every function checks that first.
 */
export function mailboxEnabled(): boolean {
  return !isProduction() || settings().DEV_MAILBOX;
}

export const MAILBOX_LIMIT = 200;

function ensureEnabled() {
  if (!mailboxEnabled()) throw new Error("Das Postfach ist nicht eingeschaltet (DEV_MAILBOX).");
}

/** The newest mails, optionally only those to one address. */
export async function listMailboxMails(filter: { recipient?: string } = {}) {
  ensureEnabled();
  const recipient = filter.recipient?.trim();
  return db
    .select({
      id: mailOutbox.id,
      createdAt: mailOutbox.createdAt,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      transport: mailOutbox.transport,
    })
    .from(mailOutbox)
    .where(recipient ? eq(mailOutbox.recipient, recipient) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(MAILBOX_LIMIT);
}

export type MailboxEntry = Awaited<ReturnType<typeof listMailboxMails>>[number];

/** Mails that carry a link to set a password: whoever reads them can take over the account. */
const ACCOUNT_MAIL_KINDS = new Set(["account_invite", "password_reset"]);

/**
 * Whether this viewer may read the links of account mails. In development everyone may; where the
 * mailbox is switched on in production (the demo), only a signed-in coordinator: otherwise anyone
 * could ask for a reset of the office's account and read the link here.
 */
export function mayReadAccountMails(viewerIsCoordinator: boolean): boolean {
  return !isProduction() || viewerIsCoordinator;
}

/**
 * One mail with its bodies; attachments by name only (their content comes through
 * getMailboxAttachment). Account mails come without their bodies (`withheld`) unless allowed.
 */
export async function getMailboxMail(id: number, options: { accountMails: boolean }) {
  ensureEnabled();
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  if (!row) return null;
  const { attachments, leaseOwner: _owner, leaseUntil: _until, ...mail } = row;
  void _owner;
  void _until;
  if (ACCOUNT_MAIL_KINDS.has(mail.kind) && !options.accountMails) return { ...mail, textBody: "", htmlBody: "", attachments: [], withheld: true };
  return { ...mail, attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })), withheld: false };
}

export type MailboxMail = NonNullable<Awaited<ReturnType<typeof getMailboxMail>>>;

/** One attachment of a mail, by its position. */
export async function getMailboxAttachment(id: number, index: number) {
  ensureEnabled();
  if (!Number.isSafeInteger(id) || id < 1 || !Number.isSafeInteger(index) || index < 0) return null;
  const [row] = await db.select({ attachments: mailOutbox.attachments }).from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  return row?.attachments[index] ?? null;
}
