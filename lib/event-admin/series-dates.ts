import { MAX_PICKED_DAYS } from "./event-form-schema";
import { addLocalDays, addLocalMonths } from "./local-times";

export type RepeatMode = "none" | "weekly" | "monthly" | "dates";

/**
 * The first day of every event of a series, the original one included: weekly or monthly `count`
 * events in all, or the original plus the picked days (sorted, without repeats). The form's schema
 * refuses more than MAX_PICKED_DAYS picked days with a message; this refuses them for any caller.
 */
export function seriesFirstDates(firstDate: string, repeat: RepeatMode, count: number, picked: string[]): string[] {
  if (repeat === "weekly") return Array.from({ length: count }, (_, i) => addLocalDays(firstDate, 7 * i));
  if (repeat === "monthly") return Array.from({ length: count }, (_, i) => addLocalMonths(firstDate, i));
  if (repeat === "dates") {
    const days = [...new Set(picked.filter((d) => d && d > firstDate))].sort();
    if (days.length > MAX_PICKED_DAYS) throw new RangeError(`at most ${MAX_PICKED_DAYS} picked days`);
    return [firstDate, ...days];
  }
  return [firstDate];
}
