import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";
import { city } from "@/lib/config/city";
import { localIsoDate } from "./berlin";

// Formatters are costly to build; one of each per process.
const tz = { timeZone: city.timeZone } as const;
const dayFormat = new Intl.DateTimeFormat(city.locale, { ...tz, weekday: "short", day: "numeric", month: "short", year: "numeric" });
const longDayFormat = new Intl.DateTimeFormat(city.locale, { ...tz, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dateFormat = new Intl.DateTimeFormat(city.locale, { ...tz, day: "numeric", month: "long", year: "numeric" });
const numericDateFormat = new Intl.DateTimeFormat(city.locale, { ...tz, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat(city.locale, { ...tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const monthFormat = new Intl.DateTimeFormat(city.locale, { timeZone: "UTC", month: "long", year: "numeric" });

/** "Di., 3. Dez. 2026" */
export function formatDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** "Dienstag, 3. Dezember 2026" */
export function formatLongDay(instant: Date): string {
  return longDayFormat.format(instant);
}

/** "3. Dezember 2026" (as after a place: "Mainz, 3. Dezember 2026") */
export function formatLongDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** "03.12.2026" (lists of many dates, e.g. in the training record) */
export function formatNumericDate(instant: Date): string {
  return numericDateFormat.format(instant);
}

/** "18:00" */
export function formatTime(instant: Date): string {
  return timeFormat.format(instant);
}

/**
 * "Di., 3. Dez. 2026, 18:00–20:30 Uhr", or across days
 * "Fr., 4. Dez. 2026, 18:00 Uhr – Sa., 5. Dez. 2026, 16:00 Uhr".
 */
export function formatTimeRange(start: Date, end: Date): string {
  if (localIsoDate(start) === localIsoDate(end)) {
    return `${formatDay(start)}, ${formatTime(start)}–${formatTime(end)} Uhr`;
  }
  return `${formatDay(start)}, ${formatTime(start)} Uhr – ${formatDay(end)}, ${formatTime(end)} Uhr`;
}

/** "Di., 3. Dez. 2026, 18:00 Uhr" */
export function formatDateTime(instant: Date): string {
  return `${formatDay(instant)}, ${formatTime(instant)} Uhr`;
}

/** "Dezember 2026" for a "YYYY-MM" month. */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return monthFormat.format(new Date(Date.UTC(y, m - 1, 15)));
}

/** ISO 8601 with the city's offset, e.g. "2026-12-03T18:00:00+01:00" (for the API and JSON-LD). */
export function toOffsetIso(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), city.timeZone));
}

/**
 * When an event takes place, as a list shows it. One session: its time range ("Do., 26. Nov. 2026,
 * 18:00–20:00 Uhr"). Several: their number and the first start, through the catalogue text
 * `several` ("3 Termine, ab Do., 26. Nov. 2026, 18:00 Uhr"), never one range from the first start
 * to the last end, which reads like one long event.
 */
export function formatListedDates(
  event: { startsAt: Date; endsAt: Date; sessionCount: number },
  several: (values: { count: number; date: string }) => string,
): string {
  if (event.sessionCount <= 1) return formatTimeRange(event.startsAt, event.endsAt);
  return several({ count: event.sessionCount, date: formatDateTime(event.startsAt) });
}
