import { registrationWindowState, type RegistrationWindowState } from "@/lib/events/rules";

/** Pure rules of the public side of supervision groups: when one may apply, whether places are open. */

/** Statuses from which a person can withdraw an application, or leave the group as a member. */
export const withdrawableStatuses: readonly string[] = ["applied", "waitlisted", "confirmed"];

export type ApplicationWindowState = RegistrationWindowState | "started";

type GroupFacts = Parameters<typeof registrationWindowState>[0] & { openAfterStart: boolean; capacity: number };

/**
 * Whether one may apply now. Like event registration, except that a group which has met once
 * takes applications only when the organiser opened it after the start ("openAfterStart"); then,
 * without an explicit deadline, applications stay possible until the last session.
 */
export function applicationWindowState(group: GroupFacts, now: Date): ApplicationWindowState {
  const started = group.startsAt <= now;
  if (started && !group.openAfterStart && group.status !== "cancelled" && group.endsAt > now) return "started";
  if (group.openAfterStart && !group.registrationClosesAt) {
    // The event rule closes at the first session; an open group closes at the last one.
    return registrationWindowState({ ...group, registrationClosesAt: group.endsAt }, now);
  }
  return registrationWindowState(group, now);
}

/** "Plätze frei": fewer members than the size limit, and applications are possible now. */
export function placesOpen(group: GroupFacts, members: number, now: Date): boolean {
  return applicationWindowState(group, now) === "open" && members < group.capacity;
}

/** The deadline shown to people. */
export function applicationDeadline(group: Pick<GroupFacts, "startsAt" | "endsAt" | "registrationClosesAt" | "openAfterStart">): Date {
  return group.registrationClosesAt ?? (group.openAfterStart ? group.endsAt : group.startsAt);
}
