import "server-only";
import { randomBytes } from "node:crypto";
import type { InStatement } from "@libsql/client";
import { seatHoldingStatuses } from "@/db/schema";
import { preparedWrite } from "@/lib/db/prepared-write";
import type { Locale } from "@/lib/i18n/locales";
import type { MailContent } from "@/lib/mail/outbox";

/**
 * The write of a new registration as one batch: four statements that run from start to end inside
 * one write transaction, one right after the other with nothing of this process in between
 * (docs/toolchain notes: a batch admits exactly the capacity, also across processes). Everything else — validation, the event's facts,
 * both possible mails with their .ics, the token and its hash — is prepared before, so the write
 * lock is held only while SQLite decides:
 *  1. insert the registration if the event takes registrations right now and the address has no
 *     live registration there; a seat if one is free and nobody waits, else the waiting list;
 *  2. its manage token (only if 1 inserted: `changes()` is that of statement 1);
 *  3. the mail that fits the status it got, with the waiting-list place filled in;
 *  4. read back what was decided.
 * Nothing inserted means: closed meanwhile, or the address is registered (the caller finds out which).
 * The statements are prepared once per process, and BEGIN and COMMIT wait for the lock and the disk
 * off the main thread (lib/db/prepared-write.ts).
 */

export type PreparedRegistration = {
  eventId: number;
  firstName: string;
  lastName: string;
  email: string;
  emailNormalized: string;
  phone: string | null;
  initiativeId: number | null;
  initiativeOther: string | null;
  accessibilityNeeds: string | null;
  answers: Record<string, string | string[]>;
  consentVersion: string;
  /** The language the person registered in (the mails below are written in it). */
  locale: Locale;
  tokenHash: string;
  /** The mails for either outcome; the waiting-list one carries `positionPlaceholder` where its place goes. */
  confirmedMail: MailContent;
  waitlistedMail: MailContent;
  positionPlaceholder: string;
};

export type BatchOutcome = { registrationId: number; status: "confirmed" | "waitlisted"; position: number | null } | null;

/** A placeholder no person can guess, so a name that contains it is never replaced. */
export function newPositionPlaceholder(): string {
  return `__PLATZ_${randomBytes(9).toString("hex")}__`;
}

const seatHolding = seatHoldingStatuses.map((s) => `'${s}'`).join(", ");

// The instant of the decision: never before `now` (tests pass their own), otherwise the database's
// clock at the moment it decides, so that the order of registrations is the order of decisions.
const decidedAt = "max(?, cast((julianday('now') - 2440587.5) * 86400000 as integer))";

const waitlistPlace = `(select count(*) from registrations w
  where w.event_id = r.event_id and w.status = 'waitlisted'
    and (w.created_at < r.created_at or (w.created_at = r.created_at and w.id < r.id))) + 1`;

/** Arguments of one `case … then ? else replace(?, ?, place) end` mail column. */
function mailColumn(confirmed: string, waitlisted: string, placeholder: string): string[] {
  return [confirmed, waitlisted, placeholder];
}

export async function insertRegistrationBatch(p: PreparedRegistration, now: Date): Promise<BatchOutcome> {
  const at = now.getTime();
  const statements: InStatement[] = [
    {
      // person_key as the statistics triggers would set it (db/triggers/statistics.ts), saving them an update.
      sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, person_key, phone, initiative_id,
              initiative_other, accessibility_needs, answers, consent_version, consent_at, source, locale, created_at, updated_at)
            select e.id,
              case when (select count(*) from registrations s where s.event_id = e.id and s.status in (${seatHolding})) < e.capacity
                    and not exists (select 1 from registrations q where q.event_id = e.id and q.status = 'waitlisted')
                   then 'confirmed' else 'waitlisted' end,
              ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${decidedAt}, 'online', ?, ${decidedAt}, ${decidedAt}
            from events e
            where e.id = ? and e.status = 'published' and e.ends_at > ? and e.registration_closed = 0
              and (e.registration_opens_at is null or e.registration_opens_at <= ?)
              and coalesce(e.registration_closes_at, e.starts_at) > ?
              and not exists (select 1 from registrations d where d.event_id = e.id and d.email_normalized = ?
                                and d.status in ('confirmed', 'waitlisted', 'applied'))
            on conflict do nothing`,
      args: [
        p.firstName,
        p.lastName,
        p.email,
        p.emailNormalized,
        p.emailNormalized,
        p.phone,
        p.initiativeId,
        p.initiativeOther,
        p.accessibilityNeeds,
        JSON.stringify(p.answers),
        p.consentVersion,
        at,
        p.locale,
        at,
        at,
        p.eventId,
        at,
        at,
        at,
        p.emailNormalized,
      ],
    },
    {
      sql: "insert into registration_tokens (token_hash, registration_id, created_at) select ?, last_insert_rowid(), ? where changes() = 1",
      args: [p.tokenHash, at],
    },
    {
      sql: `insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, registration_id, event_id, status, attempts, next_attempt_at, created_at)
            select case r.status when 'confirmed' then 'registration_confirmed' else 'waitlisted' end,
              r.email,
              case r.status when 'confirmed' then ? else replace(?, ?, ${waitlistPlace}) end,
              case r.status when 'confirmed' then ? else replace(?, ?, ${waitlistPlace}) end,
              case r.status when 'confirmed' then ? else replace(?, ?, ${waitlistPlace}) end,
              case r.status when 'confirmed' then ? else ? end,
              r.id, r.event_id, 'pending', 0, ?, ?
            from registration_tokens t join registrations r on r.id = t.registration_id
            where t.token_hash = ?`,
      args: [
        ...mailColumn(p.confirmedMail.subject, p.waitlistedMail.subject, p.positionPlaceholder),
        ...mailColumn(p.confirmedMail.text, p.waitlistedMail.text, p.positionPlaceholder),
        ...mailColumn(p.confirmedMail.html, p.waitlistedMail.html, p.positionPlaceholder),
        JSON.stringify(p.confirmedMail.attachments ?? []),
        JSON.stringify(p.waitlistedMail.attachments ?? []),
        at,
        at,
        p.tokenHash,
      ],
    },
    {
      sql: `select r.id, r.status, case r.status when 'waitlisted' then ${waitlistPlace} end as position
            from registration_tokens t join registrations r on r.id = t.registration_id where t.token_hash = ?`,
      args: [p.tokenHash],
    },
  ];
  const results = await preparedWrite(statements);
  const row = results[3].row;
  if (!row) return null;
  const status = row.status === "confirmed" ? "confirmed" : "waitlisted";
  return { registrationId: Number(row.id), status, position: status === "waitlisted" ? Number(row.position) : null };
}
