import "server-only";
import { and, desc, eq, inArray, notInArray, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { events, formats, mailOutbox } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { isProduction, settings } from "@/lib/config/env";

/**
 * Reads for the local mailbox page (/dev/postfach). The mailbox shows every mail of the outbox,
 * with names, addresses and private links: it exists only outside production, or where it is
 * switched on explicitly with DEV_MAILBOX=1 (the demo). Every function checks that first, and
 * shows the viewer (the actor, or null when nobody is signed in) only what visibleTo allows.
 */
export function mailboxEnabled(): boolean {
  return !isProduction() || settings().DEV_MAILBOX;
}

export const MAILBOX_LIMIT = 200;

function ensureEnabled() {
  if (!mailboxEnabled()) throw new Error("Das Postfach ist nicht eingeschaltet (DEV_MAILBOX).");
}

/** Mails that carry a link to set a password: whoever reads them can take over the account. */
const ACCOUNT_MAIL_KINDS = ["account_invite", "account_invite_existing", "password_reset"];

/**
 * Which mails this viewer may see. In development everyone sees all. Where the mailbox is switched
 * on in production (the demo), only a signed-in coordinator sees all; anyone else sees only mails
 * about registrations for normal events: account mails would let anyone take over an account by a
 * reset link, and mails of supervision groups would tell who applied for one (confidential).
 * Mails without an event (account mails, anything else) are the coordinator's too.
 */
function visibleTo(actor: Actor | null): SQL | undefined {
  if (!isProduction() || (actor && isCoordinator(actor))) return undefined;
  const normalEvents = db.select({ id: events.id }).from(events).innerJoin(formats, eq(formats.id, events.formatId)).where(eq(formats.isSupervision, false));
  return and(notInArray(mailOutbox.kind, ACCOUNT_MAIL_KINDS), inArray(mailOutbox.eventId, normalEvents));
}

/** The newest mails this viewer may see, optionally only those to one address. */
export async function listMailboxMails(actor: Actor | null, filter: { recipient?: string } = {}) {
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
    .where(and(recipient ? eq(mailOutbox.recipient, recipient) : undefined, visibleTo(actor)))
    .orderBy(desc(mailOutbox.id))
    .limit(MAILBOX_LIMIT);
}

export type MailboxEntry = Awaited<ReturnType<typeof listMailboxMails>>[number];

/** One mail with its bodies, or null (also when this viewer may not see it); attachments by name only. */
export async function getMailboxMail(actor: Actor | null, id: number) {
  ensureEnabled();
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [row] = await db.select().from(mailOutbox).where(and(eq(mailOutbox.id, id), visibleTo(actor))).limit(1);
  if (!row) return null;
  const { attachments, leaseOwner: _owner, leaseUntil: _until, ...mail } = row;
  void _owner;
  void _until;
  return { ...mail, attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })) };
}

export type MailboxMail = NonNullable<Awaited<ReturnType<typeof getMailboxMail>>>;

/** One attachment of a mail this viewer may see, by its position. */
export async function getMailboxAttachment(actor: Actor | null, id: number, index: number) {
  ensureEnabled();
  if (!Number.isSafeInteger(id) || id < 1 || !Number.isSafeInteger(index) || index < 0) return null;
  const [row] = await db.select({ attachments: mailOutbox.attachments }).from(mailOutbox).where(and(eq(mailOutbox.id, id), visibleTo(actor))).limit(1);
  return row?.attachments[index] ?? null;
}
