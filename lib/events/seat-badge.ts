import { formatDateTime } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import { applicationWindowState } from "@/lib/supervision/public-rules";
import { registrationWindowState, seatAvailability } from "./rules";

/**
 * The one seat/registration badge of an event or supervision group, wherever it is listed or shown
 * (calendar list, home page, event page, supervision pages). Pure: the same facts and `now` give the
 * same badge on every page, so a list never says "Plätze frei" while the event page says "geschlossen".
 * Texts live in the catalogue under "calendar.seats" (ICU plurals for counts); the threshold for "Nur noch N Plätze" is
 * fewSeatsThreshold in ./rules (the API's "few" uses the same one).
 */
export type SeatBadge =
  | { kind: "cancelled" }
  | { kind: "past" }
  | { kind: "closed" }
  | { kind: "notYetOpen"; opensAt: Date }
  | { kind: "full" }
  | { kind: "few"; left: number }
  | { kind: "free"; left: number };

export type SeatBadgeFacts = {
  status: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  registrationClosed: boolean;
  openAfterStart: boolean;
};

export function seatBadge(event: SeatBadgeFacts, seatsTaken: number, now: Date, options: { supervision: boolean }): SeatBadge {
  // Supervision groups close at the first session unless the organiser keeps them open ("started").
  const window = options.supervision ? applicationWindowState(event, now) : registrationWindowState(event, now);
  if (window === "cancelled") return { kind: "cancelled" };
  if (window === "past") return { kind: "past" };
  if (window === "not_yet_open" && event.registrationOpensAt) return { kind: "notYetOpen", opensAt: event.registrationOpensAt };
  if (window !== "open") return { kind: "closed" };
  const { left, state } = seatAvailability(event.capacity, seatsTaken);
  if (state === "full") return { kind: "full" };
  return { kind: state, left };
}

/** The catalogue key (in "calendar.seats") and values of a badge; dates in Europe/Berlin, written in `locale`. */
export function seatBadgeMessage(badge: SeatBadge, locale: Locale = "de"): { key: SeatBadge["kind"]; values: Record<string, string | number> } {
  switch (badge.kind) {
    case "notYetOpen":
      return { key: badge.kind, values: { date: formatDateTime(badge.opensAt, locale) } };
    case "few":
    case "free":
      return { key: badge.kind, values: { count: badge.left } };
    default:
      return { key: badge.kind, values: {} };
  }
}
