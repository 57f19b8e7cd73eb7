import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox, registrations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getEventFactsById } from "@/lib/events/public-queries";
import { cancelRegistrationInTransaction } from "@/lib/registrations/commands";
import { anonymiseRegistrations } from "./anonymise";
import type { SelfServiceSubject } from "./self-service-subject";
import { translator } from "@/lib/i18n/translator";
import { deleteTokensOf } from "./self-service-tokens";

/** The mails "Meine Daten" sends (self-service-request.ts, self-service-resend.ts). */
export const SELF_SERVICE_MAIL_KINDS = ["self_service_link", "self_service_links"] as const;

/**
 * "Meine Daten löschen", in one transaction: every upcoming registration and application of the
 * subject's address is cancelled through the cancellation of the manage link (seats freed, the
 * waiting list promoted and those people told as usual; the person gets no confirmation mail, as
 * the address goes in the same step), then every registration of the address is anonymised, the
 * address's links, sessions and "Meine Daten" mails are deleted, and one audit entry without
 * personal values records it.
 */
export async function deleteSelfServiceData(subject: SelfServiceSubject, now = new Date()): Promise<{ cancelled: number; anonymised: number }> {
  const mine = () => and(eq(registrations.emailNormalized, subject.email), isNull(registrations.anonymisedAt));
  // The events' facts are read before the write transaction (the cancellation needs them).
  const before = await db.select({ eventId: registrations.eventId }).from(registrations).where(mine());
  const events = new Map((await Promise.all([...new Set(before.map((r) => r.eventId))].map((id) => getEventFactsById(id)))).flatMap((e) => (e ? [[e.event.id, e] as const] : [])));
  return writeTransaction(async (tx) => {
    // Read again inside the transaction: the state that counts is the one being changed.
    const rows = await tx.select({ id: registrations.id, eventId: registrations.eventId }).from(registrations).where(mine());
    let cancelled = 0;
    for (const r of rows) {
      // (A registration made between the two reads: its event's facts are read now.)
      const event = events.get(r.eventId) ?? (await getEventFactsById(r.eventId));
      if (!event || event.event.endsAt <= now) continue;
      if ((await cancelRegistrationInTransaction(tx, r.id, event, now, { confirmToPerson: false })) === "cancelled") cancelled++;
    }
    const { registrations: anonymised } = await anonymiseRegistrations(tx, rows.map((r) => r.id), now);
    await deleteTokensOf(tx, subject.email);
    // The mails of "Meine Daten" itself belong to no registration, so the anonymisation (which
    // follows registrations) would not find them: they carry only the address, and go.
    await tx.delete(mailOutbox).where(and(inArray(mailOutbox.kind, [...SELF_SERVICE_MAIL_KINDS]), sql`lower(${mailOutbox.recipient}) = ${subject.email}`));
    await recordAudit(tx, null, { entityType: "privacy", entityId: 0, organisationId: null, action: "privacy.self_service_deleted", label: translator("de", "privacy")("overview.title") /* the office reads the audit log in German */, after: { cancelled, anonymised } }, now);
    return { cancelled, anonymised };
  });
}
