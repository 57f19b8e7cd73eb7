import { describe, expect, it } from "vitest";
import { addMonths, endOfLocalDay, localDateTime, localIsoDate, localMonthRange, monthGrid, startOfLocalDay } from "@/lib/dates/berlin";
import { formatDateTime, formatDay, formatLongDay, formatMonth, formatTimeRange, toOffsetIso } from "@/lib/dates/format";

describe("Berlin dates", () => {
  it("formats a winter evening as people read it", () => {
    const start = localDateTime(2026, 12, 1, 18, 0);
    expect(start.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(formatTimeRange(start, localDateTime(2026, 12, 1, 20, 30))).toBe("Di., 1. Dez. 2026, 18:00–20:30 Uhr");
    expect(toOffsetIso(start)).toBe("2026-12-01T18:00:00+01:00");
  });

  it("uses summer time in July", () => {
    const start = localDateTime(2026, 7, 14, 18, 0);
    expect(start.toISOString()).toBe("2026-07-14T16:00:00.000Z");
    expect(toOffsetIso(start)).toBe("2026-07-14T18:00:00+02:00");
  });

  it("handles the night the clocks go forward (29 March 2026)", () => {
    // 22:00 on Saturday to 04:00 on Sunday lasts five real hours, not six.
    const start = localDateTime(2026, 3, 28, 22, 0);
    const end = localDateTime(2026, 3, 29, 4, 0);
    expect((end.getTime() - start.getTime()) / 3600000).toBe(5);
    expect(toOffsetIso(end)).toBe("2026-03-29T04:00:00+02:00");
    expect(formatTimeRange(start, end)).toBe("Sa., 28. März 2026, 22:00 Uhr – So., 29. März 2026, 04:00 Uhr");
    // The day itself is only 23 hours long.
    expect((endOfLocalDay("2026-03-29").getTime() - startOfLocalDay("2026-03-29").getTime()) / 3600000).toBe(23);
  });

  it("handles the night the clocks go back (25 October 2026)", () => {
    const start = localDateTime(2026, 10, 25, 1, 0);
    const end = localDateTime(2026, 10, 25, 4, 0);
    expect((end.getTime() - start.getTime()) / 3600000).toBe(4);
    expect(formatDateTime(end)).toBe("So., 25. Okt. 2026, 04:00 Uhr");
    expect((endOfLocalDay("2026-10-25").getTime() - startOfLocalDay("2026-10-25").getTime()) / 3600000).toBe(25);
  });

  it("puts an instant just after local midnight on the local day", () => {
    const justAfterMidnight = new Date("2026-06-30T22:30:00Z"); // 00:30 on 1 July in Berlin
    expect(localIsoDate(justAfterMidnight)).toBe("2026-07-01");
  });

  it("computes month ranges and grids", () => {
    const { start, end } = localMonthRange("2026-03");
    expect(start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(monthGrid("2026-12")).toEqual({ daysInMonth: 31, firstWeekdayMondayBased: 1 });
    expect(monthGrid("2026-02")).toEqual({ daysInMonth: 28, firstWeekdayMondayBased: 6 });
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(formatMonth("2026-12")).toBe("Dezember 2026");
  });
});

describe("dates in English", () => {
  it("writes days, times and ranges the British way, in Berlin time", () => {
    const start = new Date("2026-12-01T17:00:00Z");
    const end = new Date("2026-12-01T19:30:00Z");
    expect(formatDay(start, "en")).toBe("Tue 1 Dec 2026");
    expect(formatTimeRange(start, end, "en")).toBe("Tue 1 Dec 2026, 18:00–20:30");
    expect(formatDateTime(start, "en")).toBe("Tue 1 Dec 2026, 18:00");
    expect(formatLongDay(start, "en")).toBe("Tuesday, 1 December 2026");
    expect(formatMonth("2026-12", "en")).toBe("December 2026");
    expect(formatTimeRange(start, end)).toBe("Di., 1. Dez. 2026, 18:00–20:30 Uhr");
  });
});
