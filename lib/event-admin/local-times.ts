import { localDateTime, localIsoDate, localParts } from "@/lib/dates/berlin";

/**
 * The editor's local wall-clock values (Europe/Berlin) and the UTC instants the database stores.
 * Shifting happens on local dates, so that an 18:00 session stays at 18:00 across a change
 * between summer and winter time.
 */
export type LocalSession = { date: string; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-12-03" + "18:00" in Berlin as a UTC instant. */
export function localInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  return localDateTime(y, m, d, h, min);
}

export function sessionInstants(s: LocalSession): { startsAt: Date; endsAt: Date } {
  return { startsAt: localInstant(s.date, s.start), endsAt: localInstant(s.date, s.end) };
}

/** The local date and time of an instant, as the editor shows it. */
export function localDateAndTime(instant: Date): { date: string; time: string } {
  const p = localParts(instant);
  return { date: localIsoDate(instant), time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export function toLocalSession(s: { startsAt: Date; endsAt: Date }): LocalSession {
  const start = localDateAndTime(s.startsAt);
  return { date: start.date, start: start.time, end: localDateAndTime(s.endsAt).time };
}

/** A local date plus whole days (calendar days, not 24-hour periods). */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Calendar days from one local date to another. */
export function daysBetween(from: string, to: string): number {
  const utc = (s: string) => {
    const [y, m, d] = s.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The same day of the month n months later; the last day of the month where that day is missing. */
export function addLocalMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Sessions moved so that the first one falls on `firstDate`; the others keep their distance. */
export function shiftSessions(sessions: LocalSession[], firstDate: string): LocalSession[] {
  const delta = daysBetween(sessions[0].date, firstDate);
  return sessions.map((s) => ({ ...s, date: addLocalDays(s.date, delta) }));
}

/** An optional local date and time as an instant (null when the date is empty). */
export function optionalInstant(date: string, time: string): Date | null {
  return date ? localInstant(date, time || "00:00") : null;
}

/** An optional instant moved by whole local days, keeping its wall-clock time. */
export function shiftInstant(instant: Date | null, days: number): Date | null {
  if (!instant) return null;
  const { date, time } = localDateAndTime(instant);
  return localInstant(addLocalDays(date, days), time);
}
