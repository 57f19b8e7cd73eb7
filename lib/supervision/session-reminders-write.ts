import "server-only";
import { eq } from "drizzle-orm";
import { registrations, registrationTokens, type RegistrationStatus } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { dedupeKeyUsed, enqueueMail, type MailContent } from "@/lib/mail/outbox";
import { createManageLink, hashToken } from "@/lib/registrations/tokens";

/**
 * Writes one reminder inside the caller's transaction, for an event's reminder and a supervision
 * session's alike: the registration is checked again (still in one of `statuses`, an address, no
 * mail with this dedupe key ever, see mail_dedupe_keys), and the manage link is created only for a mail that is really
 * written. Returns whether it was.
 */
export async function writeReminderOnce(
  tx: Tx,
  item: { registrationId: number; eventId: number; dedupeKey: string; statuses: readonly RegistrationStatus[] },
  render: (person: { firstName: string; manageUrl: string; locale: Locale }) => MailContent,
  now: Date,
): Promise<boolean> {
  const [current] = await tx
    .select({ status: registrations.status, email: registrations.email, firstName: registrations.firstName, locale: registrations.locale })
    .from(registrations)
    .where(eq(registrations.id, item.registrationId));
  if (!current?.email || !item.statuses.includes(current.status)) return false;
  if (await dedupeKeyUsed(tx, item.dedupeKey)) return false;
  const link = await createManageLink(tx, item.registrationId);
  // The reminder speaks the language the person registered in.
  const content = render({ firstName: current.firstName, manageUrl: link.url, locale: toLocale(current.locale) });
  const id = await enqueueMail(tx, { kind: "reminder", recipient: current.email, registrationId: item.registrationId, eventId: item.eventId, dedupeKey: item.dedupeKey, ...content }, now);
  if (id !== null) return true;
  // Another scheduler won (only possible without the write lock, e.g. on a libSQL server): no mail,
  // so no link either.
  await tx.delete(registrationTokens).where(eq(registrationTokens.tokenHash, hashToken(link.token)));
  return false;
}
