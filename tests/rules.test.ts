import { describe, expect, it } from "vitest";
import { registrationDeadline, registrationWindowState, seatAvailability } from "@/lib/events/rules";

describe("seat availability", () => {
  it("says free, few or full", () => {
    expect(seatAvailability(20, 0)).toEqual({ left: 20, state: "free" });
    expect(seatAvailability(20, 16)).toEqual({ left: 4, state: "few" });
    expect(seatAvailability(20, 20)).toEqual({ left: 0, state: "full" });
    expect(seatAvailability(10, 12)).toEqual({ left: 0, state: "full" });
    expect(seatAvailability(300, 200)).toEqual({ left: 100, state: "free" });
    expect(seatAvailability(300, 250)).toEqual({ left: 50, state: "few" });
  });
});

describe("registration window", () => {
  const base = {
    status: "published",
    startsAt: new Date("2026-12-10T17:00:00Z"),
    endsAt: new Date("2026-12-10T19:00:00Z"),
    registrationOpensAt: new Date("2026-11-01T00:00:00Z"),
    registrationClosesAt: null,
    registrationClosed: false,
  };
  it("is open between opening and the start of the event", () => {
    expect(registrationWindowState(base, new Date("2026-11-20T00:00:00Z"))).toBe("open");
    expect(registrationWindowState(base, new Date("2026-10-20T00:00:00Z"))).toBe("not_yet_open");
    expect(registrationWindowState(base, new Date("2026-12-10T17:30:00Z"))).toBe("closed");
    expect(registrationWindowState(base, new Date("2026-12-11T00:00:00Z"))).toBe("past");
  });
  it("honours an explicit deadline, an early close and a cancellation", () => {
    const withDeadline = { ...base, registrationClosesAt: new Date("2026-12-08T00:00:00Z") };
    expect(registrationWindowState(withDeadline, new Date("2026-12-09T00:00:00Z"))).toBe("closed");
    expect(registrationDeadline(withDeadline)).toEqual(new Date("2026-12-08T00:00:00Z"));
    expect(registrationDeadline(base)).toEqual(base.startsAt);
    expect(registrationWindowState({ ...base, registrationClosed: true }, new Date("2026-11-20T00:00:00Z"))).toBe("closed");
    expect(registrationWindowState({ ...base, status: "cancelled" }, new Date("2026-11-20T00:00:00Z"))).toBe("cancelled");
  });
});
