import type { Formats } from "next-intl";

/**
 * Named date formats for ICU arguments ({start, date, day}) in both languages, always in the city's
 * time zone: German "Di., 3. Dez. 2026", English "Tue 3 Dec 2026" (en-GB order, as the issue asks).
 */
export const formats = {
  dateTime: {
    day: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
    longDay: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
    time: { hour: "2-digit", minute: "2-digit" },
  },
  number: {},
} satisfies Formats;
