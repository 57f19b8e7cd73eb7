import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * Hours as certificates print them: "6,5 Zeitstunden", "1 Zeitstunde", "0,75 Zeitstunden"; in English
 * "6.5 hours".
 * Rounded to the quarter hour below two decimals would misstate time, so the exact minutes are
 * shown to at most two decimals (90 min → "1,5", 100 min → "1,67").
 */
export function hoursNumber(minutes: number, locale: Locale = defaultLocale): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 2 }).format(hours);
}

export function formatHours(minutes: number, locale: Locale = defaultLocale): string {
  const hours = hoursNumber(minutes, locale);
  const t = translator(locale, "certificates");
  return hours === "1" ? t("hoursOne", { hours }) : t("hoursOther", { hours });
}

/** Minutes of a session (whole minutes; sessions are entered to the minute). */
export function sessionMinutes(s: { startsAt: Date; endsAt: Date }): number {
  return Math.max(0, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000));
}
