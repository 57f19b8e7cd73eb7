import type { Statistics } from "./types";

/** Whether a period has nothing at all to count: no event of any state and no supervision group. */
export function hasNoData(stats: Statistics): boolean {
  const t = stats.totals;
  return t.eventsHeld + t.eventsPlanned + t.eventsCancelled + t.registrations === 0 && stats.supervision.groups === 0;
}
