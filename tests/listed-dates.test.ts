import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { localDateTime } from "@/lib/dates/berlin";
import { formatListedDates } from "@/lib/dates/format";
import { loadMessages } from "@/lib/i18n/messages";

const t = createTranslator({ locale: "de", messages: loadMessages("de"), namespace: "calendar.entry", onError: (error) => { throw error; } });
const several = (values: { count: number; date: string }) => t("sessions", values);

describe("the dates of an event in a list", () => {
  it("shows one session as its time range, as before", () => {
    const one = { startsAt: localDateTime(2026, 11, 26, 18, 0), endsAt: localDateTime(2026, 11, 26, 20, 0), sessionCount: 1 };
    expect(formatListedDates(one, several)).toBe("Do., 26. Nov. 2026, 18:00–20:00 Uhr");
  });

  it("shows several sessions as their number and the first start, not one long range", () => {
    const course = { startsAt: localDateTime(2026, 11, 26, 18, 0), endsAt: localDateTime(2026, 12, 10, 20, 0), sessionCount: 3 };
    expect(formatListedDates(course, several)).toBe("3 Termine, ab Do., 26. Nov. 2026, 18:00 Uhr");
    expect(formatListedDates({ ...course, sessionCount: 2 }, several)).toBe("2 Termine, ab Do., 26. Nov. 2026, 18:00 Uhr");
  });

  it("uses the time in Mainz, also in summer", () => {
    const course = { startsAt: new Date("2026-07-02T16:00:00Z"), endsAt: new Date("2026-07-16T18:00:00Z"), sessionCount: 12 };
    expect(formatListedDates(course, several)).toBe("12 Termine, ab Do., 2. Juli 2026, 18:00 Uhr");
  });

  it("treats an event without stored sessions like a single one", () => {
    const start = localDateTime(2026, 11, 26, 18, 0);
    expect(formatListedDates({ startsAt: start, endsAt: localDateTime(2026, 11, 26, 20, 0), sessionCount: 0 }, several)).toBe("Do., 26. Nov. 2026, 18:00–20:00 Uhr");
  });
});
