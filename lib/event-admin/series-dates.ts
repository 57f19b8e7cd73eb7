import { addLocalDays, addLocalMonths } from "./local-times";

export type RepeatMode = "none" | "weekly" | "monthly" | "dates";

/**
 * The first day of every event of a series, the original one included: weekly or monthly `count`
 * events in all, or the original plus the picked days (sorted, without repeats).
 */
export function seriesFirstDates(firstDate: string, repeat: RepeatMode, count: number, picked: string[]): string[] {
  if (repeat === "weekly") return Array.from({ length: count }, (_, i) => addLocalDays(firstDate, 7 * i));
  if (repeat === "monthly") return Array.from({ length: count }, (_, i) => addLocalMonths(firstDate, i));
  if (repeat === "dates") return [firstDate, ...[...new Set(picked.filter((d) => d && d > firstDate))].sort()];
  return [firstDate];
}
