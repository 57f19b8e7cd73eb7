import { registrationStatuses, type RegistrationStatus } from "@/db/schema/registrations";

/**
 * The rules of a registration's status, in one place (like pretix's quota module): which statuses
 * exist (the table's CHECK constraint lists the same), which changes are allowed, who gets a seat
 * and the order of the waiting list. Pure functions; every writer of `registrations.status` goes
 * through `assertTransition` (see status-write.ts) or `assertInitialStatus`.
 */
export { registrationStatuses, type RegistrationStatus };

/** What a new registration may start as: a seat, the waiting list, or (supervision) an application. */
export const initialStatuses = ["confirmed", "waitlisted", "applied"] as const satisfies readonly RegistrationStatus[];

/**
 * Allowed changes `from → to`:
 * - applied: the organiser accepts (confirmed), puts on the waiting list, declines; the person withdraws.
 * - waitlisted: moves up (confirmed), is declined (supervision), cancels or is cancelled.
 * - confirmed: attendance at the check-in, or cancelled (by the person, the office, the event's cancellation,
 *   or a member leaving a group).
 * - attended / no_show: a wrong tap at the check-in is corrected, or undone back to "confirmed" (open).
 * - cancelled / declined: final; a person registers or applies anew.
 */
export const registrationTransitions: Readonly<Record<RegistrationStatus, readonly RegistrationStatus[]>> = {
  applied: ["confirmed", "waitlisted", "declined", "cancelled"],
  waitlisted: ["confirmed", "declined", "cancelled"],
  confirmed: ["attended", "no_show", "cancelled"],
  attended: ["no_show", "confirmed"],
  no_show: ["attended", "confirmed"],
  cancelled: [],
  declined: [],
};

export function canTransition(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return registrationTransitions[from].includes(to);
}

/** A change the rules do not allow: a programming error, never a person's mistake (so it throws). */
export class RegistrationTransitionError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`Registration status may not change from "${from}" to "${to}".`);
    this.name = "RegistrationTransitionError";
  }
}

export function assertTransition(from: RegistrationStatus, to: RegistrationStatus): void {
  if (!canTransition(from, to)) throw new RegistrationTransitionError(from, to);
}

export function assertInitialStatus(status: RegistrationStatus): void {
  if (!(initialStatuses as readonly string[]).includes(status)) throw new RegistrationTransitionError("(new)", status);
}

/**
 * The seat decision for a new registration: a seat only while one is free AND nobody waits (the
 * people already waiting come first), otherwise the waiting list.
 */
export function seatDecision({ taken, capacity, waiting }: { taken: number; capacity: number; waiting: number }): "confirmed" | "waitlisted" {
  return taken < capacity && waiting === 0 ? "confirmed" : "waitlisted";
}

/** Whether a seat is free for someone moving up from the waiting list. */
export function hasFreeSeat(taken: number, capacity: number): boolean {
  return taken < capacity;
}

/**
 * Places on the waiting list (1-based) for the statuses of an event's registrations in registration
 * order (created, then id: first come, first served); null for everyone not waiting. The database's
 * count in waitlist.ts (`waitlistPosition`) counts the same order.
 */
export function waitlistPositions(statusesInOrder: readonly RegistrationStatus[]): (number | null)[] {
  let place = 0;
  return statusesInOrder.map((status) => (status === "waitlisted" ? ++place : null));
}
