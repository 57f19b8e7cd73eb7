import { localDateTime, localParts } from "@/lib/dates/berlin";

/**
 * The instant `months` calendar months before `now`, on the city's (Berlin) calendar and clock:
 * 15 March 2027, 10:00 minus 12 months is 15 March 2026, 10:00 Berlin time, whatever the clocks did
 * in between. A day the earlier month lacks becomes its last day (31 May minus 3 months: 28 or 29
 * February). Registrations of events whose last session ended before this instant are anonymised.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const p = localParts(now);
  const total = p.year * 12 + (p.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const seconds = Math.floor(now.getTime() / 1000) % 60;
  const cutoff = localDateTime(year, month, Math.min(p.day, daysInMonth), p.hour, p.minute);
  return new Date(cutoff.getTime() + seconds * 1000 + (now.getTime() % 1000));
}

/** Sent mails are kept this long in the outbox (what was sent when), then deleted. */
export const SENT_MAIL_DAYS = 90;
