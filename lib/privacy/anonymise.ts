import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { certificates, events, mailOutbox, registrations, registrationTokens } from "@/db/schema";
import { localIsoDate, startOfLocalDay } from "@/lib/dates/berlin";
import type { Tx } from "@/lib/db/write-transaction";
import { translator } from "@/lib/i18n/translator";
import { scrubAuditEntriesOf } from "./anonymise-audit";
import { personalValuesOf } from "./personal-values";

/** What an anonymised registration is called wherever a name is shown ("Anonymisiert"). */
export const ANONYMISED_NAME = translator("de", "intern")("retention.anonymisedName");

/**
 * Old person key → the random key that replaces it. One map per run of the retention job (shared by
 * its batches) or per call: the same person gets the same random key within it, so that counts of
 * distinct people stay as they were. Held in memory only, never stored: once the run is over
 * nothing links the random key back to the address.
 */
export type PersonKeyMap = Map<string, string>;

const randomPersonKey = () => `anon:${randomBytes(18).toString("base64url")}`;

/**
 * CONTRACT (issue 13): removes the personal data of the given registrations (and applications)
 * inside the caller's transaction and sets anonymised_at = now:
 * - registrations: names become ANONYMISED_NAME and "", e-mail, phone, initiative-other text,
 *   accessibility needs, motivation and office note become null, answers {}; created_at is cut to
 *   the (Berlin) day of registration. Kept: event, status, attendance (present_*, marks),
 *   initiative id, consent version, the day of registration.
 * - person_key becomes one random key per distinct old key ("anon:…", never derived from the
 *   address); pass `personKeys` to share that choice across several calls (the retention job's
 *   batches). The statistics triggers follow the new key (event_figures, person_first_attendance).
 * - their manage tokens are deleted.
 * - certificates: status stays (event_figures counts valid certificates), but the code seed is
 *   emptied and the code hash replaced by a random value, so the printed code no longer verifies
 *   and no new code can be printed: the certificate no longer tells anyone about a person.
 * - mail_outbox rows of these registrations lose recipient, subject, bodies, attachments and
 *   error text (a pending one is withdrawn: it would have gone to nobody); mails to the old address
 *   without a registration (e.g. "Meine Daten" links) too, once no live registration uses it.
 * - audit_log entries about them keep who did what and when, but their label and the personal
 *   values in before/after are replaced (./anonymise-audit.ts).
 * Idempotent: already anonymised rows are skipped. Returns how many registrations it changed (and,
 * beyond the contract, how many audit entries).
 */
export async function anonymiseRegistrations(
  tx: Tx,
  registrationIds: number[],
  now: Date,
  personKeys: PersonKeyMap = new Map(),
): Promise<{ registrations: number; auditEntries?: number }> {
  const ids = [...new Set(registrationIds.filter((id) => Number.isSafeInteger(id)))];
  if (ids.length === 0) return { registrations: 0 };
  const rows = await tx
    .select({ registration: registrations, eventTitle: events.title })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(inArray(registrations.id, ids), isNull(registrations.anonymisedAt)));
  if (rows.length === 0) return { registrations: 0 };
  const changed = rows.map((r) => r.registration.id);

  // Audit entries first: they are scrubbed with the values the rows still hold.
  const auditEntries = await scrubAuditEntriesOf(
    tx,
    rows.map((r) => ({ id: r.registration.id, eventTitle: r.eventTitle, values: personalValuesOf(r.registration) })),
  );

  const changes = rows.map(({ registration: r }) => {
    // A row without a key (none exist after migration 0014, but who knows) gets one of its own.
    const oldKey = r.personKey ?? `registration:${r.id}`;
    let newKey = personKeys.get(oldKey);
    if (!newKey) personKeys.set(oldKey, (newKey = randomPersonKey()));
    return sql`(${r.id}, ${newKey}, ${startOfLocalDay(localIsoDate(r.createdAt)).getTime()})`;
  });
  // One statement for the batch: the statistics triggers run per row either way, but a statement
  // with triggers costs about 0.6 ms to prepare, and 200 of them would hold the write lock too long
  // (docs/data-protection.md). anonymised_at is set in the same UPDATE as the names, so the
  // person-key trigger (WHEN NEW.anonymised_at IS NULL) leaves the random key alone.
  await tx.run(sql`
    update registrations set
      first_name = ${ANONYMISED_NAME}, last_name = '', email = null, email_normalized = null, phone = null,
      initiative_other = null, accessibility_needs = null, answers = '{}', motivation = null, office_note = null,
      person_key = m.column2, created_at = m.column3, anonymised_at = ${now.getTime()}, updated_at = ${now.getTime()}
    from (values ${sql.join(changes, sql`, `)}) as m
    where registrations.id = m.column1 and registrations.anonymised_at is null`);

  await tx.delete(registrationTokens).where(inArray(registrationTokens.registrationId, changed));
  await tx
    .update(certificates)
    .set({ codeSeed: "", codeHash: sql`'anonymised:' || lower(hex(randomblob(16)))` })
    .where(inArray(certificates.registrationId, changed));

  const blankMail = {
    recipient: "",
    subject: "",
    textBody: "",
    htmlBody: "",
    attachments: [],
    lastError: null,
    status: sql<"withdrawn">`case when ${mailOutbox.status} = 'pending' then 'withdrawn' else ${mailOutbox.status} end`,
  };
  await tx.update(mailOutbox).set(blankMail).where(inArray(mailOutbox.registrationId, changed));
  // Mails to the address that belong to no registration: only once the address has no live
  // registration left, and never a pending one (e.g. the note that the data was deleted).
  const addresses = [...new Set(rows.flatMap((r) => [r.registration.email, r.registration.emailNormalized]).filter((a): a is string => !!a))];
  if (addresses.length > 0) {
    const live = await tx
      .select({ email: registrations.emailNormalized })
      .from(registrations)
      .where(and(inArray(registrations.emailNormalized, addresses.map((a) => a.toLowerCase())), isNull(registrations.anonymisedAt)));
    const stillUsed = new Set(live.map((l) => l.email));
    const gone = addresses.filter((a) => !stillUsed.has(a.toLowerCase()));
    if (gone.length > 0) {
      await tx
        .update(mailOutbox)
        .set(blankMail)
        .where(and(inArray(mailOutbox.recipient, gone), isNull(mailOutbox.registrationId), sql`${mailOutbox.status} <> 'pending'`));
    }
  }
  return { registrations: changed.length, auditEntries };
}
