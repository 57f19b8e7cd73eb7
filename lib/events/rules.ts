/** Pure rules about seats and the registration window; no database, unit-tested. */

export type SeatState = "free" | "few" | "full";

/** "Nur noch N Plätze" (badge) and the API's "few" from this many seats left: at least 3, or a fifth of the capacity. */
export function fewSeatsThreshold(capacity: number): number {
  return Math.max(3, Math.ceil(capacity * 0.2));
}

export function seatAvailability(capacity: number, taken: number): { left: number; state: SeatState } {
  const left = Math.max(0, capacity - taken);
  if (left === 0) return { left, state: "full" };
  if (left <= fewSeatsThreshold(capacity)) return { left, state: "few" };
  return { left, state: "free" };
}

export type RegistrationWindowState = "open" | "not_yet_open" | "closed" | "cancelled" | "past";

export function registrationWindowState(
  event: {
    status: string;
    startsAt: Date;
    endsAt: Date;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
    registrationClosed: boolean;
  },
  now: Date,
): RegistrationWindowState {
  if (event.status === "cancelled") return "cancelled";
  if (event.endsAt <= now) return "past";
  if (event.registrationClosed) return "closed";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "not_yet_open";
  // Without an explicit deadline, registration closes when the event begins.
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= closesAt) return "closed";
  return "open";
}

/** The deadline shown to people: the explicit one, else the start of the event. */
export function registrationDeadline(event: { startsAt: Date; registrationClosesAt: Date | null }): Date {
  return event.registrationClosesAt ?? event.startsAt;
}
