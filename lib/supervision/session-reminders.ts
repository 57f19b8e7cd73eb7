import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, eventSessions, formats, mailDedupeKeys, organisations, registrations, seatHoldingStatuses } from "@/db/schema";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getEventFactsById, type PublicEvent } from "@/lib/events/public-queries";
import { sessionReminderMail } from "@/lib/mail/templates/session-reminder";
import { groupBy } from "@/lib/util/group-by";
import type { Locale } from "@/lib/i18n/locales";
import { writeReminderOnce } from "./session-reminders-write";

/**
 * Reminders for supervision groups: every member is reminded before EACH session (an ordinary event
 * gets one reminder before its first session, see lib/registrations/reminders.ts). The dedupe key
 * `reminder:<registrationId>:<sessionId>`, recorded in mail_dedupe_keys, makes it one mail per
 * member and session, however many schedulers run at once and after the outbox row is pruned. Applicants, waiting, declined and withdrawn
 * people are not members and get none.
 */

const HOUR_MS = 3600_000;

export const sessionReminderDedupeKey = (registrationId: number, sessionId: number) => `reminder:${registrationId}:${sessionId}`;

const memberStatuses = [...seatHoldingStatuses];

/**
 * Members with an e-mail address, of published supervision groups of active organisations with
 * reminders on, paired with each session that starts within the next `hours` and has no reminder
 * yet. Left out: people who became members after that session's reminder time (their acceptance has
 * just told them every date).
 */
export async function listDueSessionReminders(now: Date, hours: number) {
  const windowMs = Math.round(hours * HOUR_MS);
  return db
    .select({ registrationId: registrations.id, eventId: events.id, sessionId: eventSessions.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(eventSessions, eq(eventSessions.eventId, events.id))
    // The key outlives the outbox row (sent mails are pruned after 90 days): look it up there.
    .leftJoin(mailDedupeKeys, eq(mailDedupeKeys.key, sql`'reminder:' || ${registrations.id} || ':' || ${eventSessions.id}`))
    .where(
      and(
        eq(formats.isSupervision, true),
        inArray(registrations.status, memberStatuses),
        isNotNull(registrations.email),
        eq(events.status, "published"),
        eq(events.reminderEnabled, true),
        eq(organisations.active, true),
        gt(eventSessions.startsAt, now),
        lte(eventSessions.startsAt, new Date(now.getTime() + windowMs)),
        lte(sql`coalesce(${registrations.promotedAt}, ${registrations.createdAt})`, sql`${eventSessions.startsAt} - ${windowMs}`),
        isNull(mailDedupeKeys.key),
      ),
    )
    .orderBy(asc(eventSessions.startsAt), asc(registrations.id));
}

type Due = Awaited<ReturnType<typeof listDueSessionReminders>>[number];

/** Writes the reminders of one group's session in one transaction, checking each member again inside it. */
async function enqueueSessionChunk(event: PublicEvent, due: Due[], now: Date): Promise<number> {
  return writeTransaction(async (tx) => {
    let written = 0;
    for (const item of due) {
      const index = event.sessions.findIndex((s) => s.id === item.sessionId);
      if (index < 0) continue;
      const target = { ...item, dedupeKey: sessionReminderDedupeKey(item.registrationId, item.sessionId), statuses: memberStatuses };
      const render = (person: { firstName: string; manageUrl: string; locale: Locale }) => sessionReminderMail({ ...person, event, session: event.sessions[index], number: index + 1 });
      if (await writeReminderOnce(tx, target, render, now)) written++;
    }
    return written;
  });
}

/** Puts the due session reminders into the outbox; returns how many were written. */
export async function enqueueDueSessionReminders(now: Date, hours: number, chunk = 25): Promise<number> {
  const due = await listDueSessionReminders(now, hours);
  let written = 0;
  for (const items of groupBy(due, (d) => `${d.eventId}:${d.sessionId}`).values()) {
    const event = await getEventFactsById(items[0].eventId);
    if (!event) continue;
    for (let i = 0; i < items.length; i += chunk) written += await enqueueSessionChunk(event, items.slice(i, i + chunk), now);
  }
  return written;
}
