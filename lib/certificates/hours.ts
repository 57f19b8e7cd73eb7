import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/certificates.json";

/**
 * Hours as certificates print them: "6,5 Zeitstunden", "1 Zeitstunde", "0,75 Zeitstunden".
 * Rounded to the quarter hour below two decimals would misstate time, so the exact minutes are
 * shown to at most two decimals (90 min → "1,5", 100 min → "1,67").
 */
export function hoursNumber(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 }).format(hours);
}

export function formatHours(minutes: number): string {
  const hours = hoursNumber(minutes);
  return fillMessage(hours === "1" ? messages.hoursOne : messages.hoursOther, { hours });
}

/** Minutes of a session (whole minutes; sessions are entered to the minute). */
export function sessionMinutes(s: { startsAt: Date; endsAt: Date }): number {
  return Math.max(0, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000));
}
