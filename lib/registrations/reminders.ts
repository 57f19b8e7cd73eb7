import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { settings } from "@/lib/config/env";
import { events, formats, mailDedupeKeys, organisations, registrations } from "@/db/schema";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getPublicEvent, type PublicEvent } from "@/lib/events/public-queries";
import { runPeriodically } from "@/lib/mail/sender";
import { reminderMail } from "@/lib/mail/templates";
import { recordJobRun } from "@/lib/ops/job-runs";
import { enqueueDueSessionReminders } from "@/lib/supervision/session-reminders";
import { writeReminderOnce } from "@/lib/supervision/session-reminders-write";
import { groupBy } from "@/lib/util/group-by";

/**
 * Reminders before an event: one mail per confirmed registration, `REMINDER_HOURS_BEFORE` hours
 * (default 48) before the first session. Each carries the dedupe key `reminder:<registrationId>`,
 * recorded in mail_dedupe_keys (primary key) when the mail is written, so there is at most one per
 * registration, however many schedulers run at once and after the sent mail has left the outbox.
 * Supervision groups are the exception: their members are reminded before each session
 * (lib/supervision/session-reminders.ts), so they get no first-session reminder from here.
 */

const HOUR_MS = 3600_000;
/** Registrations written per transaction: short enough that other writers hardly wait. */
const CHUNK = 25;

export function reminderHoursBefore(): number {
  return settings().REMINDER_HOURS_BEFORE;
}

export const reminderDedupeKey = (registrationId: number) => `reminder:${registrationId}`;

/**
 * Confirmed registrations with an e-mail address, of published events of active organisations with
 * reminders switched on, whose first session starts within the next `hours` and has not started, and
 * that have no reminder yet. Left out: people confirmed after the reminder time (registered or
 * promoted less than `hours` before the start): their confirmation has just told them everything.
 */
export async function listDueReminders(now: Date, hours = reminderHoursBefore()) {
  const windowMs = Math.round(hours * HOUR_MS);
  return db
    .select({
      registrationId: registrations.id,
      firstName: registrations.firstName,
      email: registrations.email,
      eventId: events.id,
      slug: events.slug,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    // The key outlives the outbox row (sent mails are pruned after 90 days): look it up there.
    .leftJoin(mailDedupeKeys, eq(mailDedupeKeys.key, sql`'reminder:' || ${registrations.id}`))
    .where(
      and(
        eq(registrations.status, "confirmed"),
        isNotNull(registrations.email),
        eq(events.status, "published"),
        eq(events.reminderEnabled, true),
        eq(organisations.active, true),
        eq(formats.isSupervision, false),
        gt(events.startsAt, now),
        lte(events.startsAt, new Date(now.getTime() + windowMs)),
        lte(sql`coalesce(${registrations.promotedAt}, ${registrations.createdAt})`, sql`${events.startsAt} - ${windowMs}`),
        isNull(mailDedupeKeys.key),
      ),
    )
    .orderBy(asc(events.startsAt), asc(registrations.id));
}

type Due = Awaited<ReturnType<typeof listDueReminders>>[number];

/**
 * Writes the reminders of `due` (all of one event) in one transaction. Inside it, each registration
 * is checked again (still confirmed, no reminder yet); the manage link is created only for a mail
 * that is really written.
 */
async function enqueueChunk(event: PublicEvent, due: Due[], now: Date): Promise<number> {
  return writeTransaction(async (tx) => {
    let written = 0;
    for (const item of due) {
      const target = { ...item, dedupeKey: reminderDedupeKey(item.registrationId), statuses: ["confirmed"] as const };
      if (await writeReminderOnce(tx, target, (person) => reminderMail({ ...person, event }), now)) written++;
    }
    return written;
  });
}

/**
 * Puts the reminders that are due into the outbox (events' and supervision groups' sessions');
 * returns how many were written. Safe to run anywhere, any time.
 */
export async function enqueueDueReminders(now = new Date()): Promise<number> {
  const due = await listDueReminders(now);
  let written = await enqueueDueSessionReminders(now, reminderHoursBefore(), CHUNK);
  for (const [slug, items] of groupBy(due, (d) => d.slug)) {
    const event = await getPublicEvent(slug);
    if (!event) continue;
    for (let i = 0; i < items.length; i += CHUNK) written += await enqueueChunk(event, items.slice(i, i + CHUNK), now);
  }
  return written;
}

/**
 * Runs enqueueDueReminders in this process every `intervalMs` (default `REMINDER_INTERVAL_MS` or one
 * minute); returns the function that stops it.
 */
export function startReminderScheduler(options: { intervalMs?: number } = {}): () => Promise<void> {
  const intervalMs = options.intervalMs ?? settings().REMINDER_INTERVAL_MS;
  return runPeriodically("reminders", intervalMs, async () => {
    await enqueueDueReminders();
    // For the readiness report: a scheduler that stopped working shows as an old time there.
    await recordJobRun("reminders");
    return false;
  });
}
