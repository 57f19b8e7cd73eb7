import { TZDate } from "@date-fns/tz";
import { city } from "@/lib/config/city";

/** All calendar arithmetic happens in the city's time zone; instants are stored in UTC. */
export const TIME_ZONE = city.timeZone;

/** The instant at which a local day ("YYYY-MM-DD") starts in the city's time zone. */
export function startOfLocalDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, TIME_ZONE).getTime());
}

/** The instant at which the local day after `isoDate` starts (exclusive end of that day). */
export function endOfLocalDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, TIME_ZONE).getTime());
}

/** Start (inclusive) and end (exclusive) of a local month "YYYY-MM". */
export function localMonthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number);
  return {
    start: new Date(new TZDate(y, m - 1, 1, 0, 0, 0, TIME_ZONE).getTime()),
    end: new Date(new TZDate(y, m, 1, 0, 0, 0, TIME_ZONE).getTime()),
  };
}

/** A local wall-clock time in the city, as a UTC instant. Month is 1-based. */
export function localDateTime(y: number, month: number, d: number, h = 0, min = 0): Date {
  return new Date(new TZDate(y, month - 1, d, h, min, 0, TIME_ZONE).getTime());
}

/** The local calendar parts of an instant in the city's time zone. */
export function localParts(instant: Date) {
  const t = new TZDate(instant.getTime(), TIME_ZONE);
  return {
    year: t.getFullYear(),
    month: t.getMonth() + 1,
    day: t.getDate(),
    hour: t.getHours(),
    minute: t.getMinutes(),
    weekday: t.getDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" of an instant, in the city's time zone. */
export function localIsoDate(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "YYYY-MM" of an instant, in the city's time zone. */
export function localIsoMonth(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${pad(p.month)}`;
}

/** Shift a "YYYY-MM" month by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** Days in a local month and the weekday (0 = Monday) of its first day: what a month grid needs. */
export function monthGrid(month: string): { daysInMonth: number; firstWeekdayMondayBased: number } {
  const [y, m] = month.split("-").map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  return { daysInMonth, firstWeekdayMondayBased: (firstWeekday + 6) % 7 };
}
