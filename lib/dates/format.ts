import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";
import { city } from "@/lib/config/city";
import { localIsoDate } from "./berlin";
import type { Locale } from "@/lib/i18n/locales";

// Formatters are costly to build; one of each per language and process.
const tz = { timeZone: city.timeZone } as const;
const intlLocale: Record<Locale, string> = { de: city.locale, en: "en-GB" };
const options = {
  day: { ...tz, weekday: "short", day: "numeric", month: "short", year: "numeric" },
  longDay: { ...tz, weekday: "long", day: "numeric", month: "long", year: "numeric" },
  date: { ...tz, day: "numeric", month: "long", year: "numeric" },
  numericDate: { ...tz, day: "2-digit", month: "2-digit", year: "numeric" },
  time: { ...tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  month: { timeZone: "UTC", month: "long", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Kind = keyof typeof options;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: Kind, locale: Locale): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], options[kind])));
  return f;
}

/** After a time: " Uhr" in German, nothing in English. */
const clock = (locale: Locale) => (locale === "de" ? " Uhr" : "");

/** "Di., 3. Dez. 2026"; English "Thu 3 Dec 2026" (no comma after the weekday, as British style guides write it). */
export function formatDay(instant: Date, locale: Locale = "de"): string {
  const text = formatter("day", locale).format(instant);
  return locale === "en" ? text.replace(/^(\p{L}+),/u, "$1") : text;
}

/** "Dienstag, 3. Dezember 2026"; "Thursday, 3 December 2026" */
export function formatLongDay(instant: Date, locale: Locale = "de"): string {
  return formatter("longDay", locale).format(instant);
}

/** "3. Dezember 2026" (as after a place: "Mainz, 3. Dezember 2026"); "3 December 2026" */
export function formatLongDate(instant: Date, locale: Locale = "de"): string {
  return formatter("date", locale).format(instant);
}

/** "03.12.2026" (lists of many dates, e.g. in the training record); "03/12/2026" */
export function formatNumericDate(instant: Date, locale: Locale = "de"): string {
  return formatter("numericDate", locale).format(instant);
}

/** "18:00" */
export function formatTime(instant: Date, locale: Locale = "de"): string {
  return formatter("time", locale).format(instant);
}

/**
 * "Di., 3. Dez. 2026, 18:00–20:30 Uhr", or across days
 * "Fr., 4. Dez. 2026, 18:00 Uhr – Sa., 5. Dez. 2026, 16:00 Uhr"; English "Thu 3 Dec 2026, 18:00–20:30".
 */
export function formatTimeRange(start: Date, end: Date, locale: Locale = "de"): string {
  const u = clock(locale);
  if (localIsoDate(start) === localIsoDate(end)) {
    return `${formatDay(start, locale)}, ${formatTime(start, locale)}–${formatTime(end, locale)}${u}`;
  }
  return `${formatDay(start, locale)}, ${formatTime(start, locale)}${u} – ${formatDay(end, locale)}, ${formatTime(end, locale)}${u}`;
}

/** "Di., 3. Dez. 2026, 18:00 Uhr"; "Thu 3 Dec 2026, 18:00" */
export function formatDateTime(instant: Date, locale: Locale = "de"): string {
  return `${formatDay(instant, locale)}, ${formatTime(instant, locale)}${clock(locale)}`;
}

/** "Dezember 2026" for a "YYYY-MM" month; "December 2026" */
export function formatMonth(month: string, locale: Locale = "de"): string {
  const [y, m] = month.split("-").map(Number);
  return formatter("month", locale).format(new Date(Date.UTC(y, m - 1, 15)));
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
  locale: Locale = "de",
): string {
  if (event.sessionCount <= 1) return formatTimeRange(event.startsAt, event.endsAt, locale);
  return several({ count: event.sessionCount, date: formatDateTime(event.startsAt, locale) });
}
