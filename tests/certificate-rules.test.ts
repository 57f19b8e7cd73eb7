import { describe, expect, it } from "vitest";
import { isEntitled, sessionsNeeded } from "@/lib/certificates/entitlement";
import { formatHours, sessionMinutes } from "@/lib/certificates/hours";
import { CODE_LENGTH, formatCode, normalizeCode } from "@/lib/certificates/code-format";

/** The one rule of who gets a certificate, how hours read, and how codes are typed. */

describe("entitlement to a certificate", () => {
  const rule = (sessionsAttended: number, sessionsTotal: number, thresholdPercent = 75) => isEntitled({ sessionsAttended, sessionsTotal, thresholdPercent });

  it("gives nobody a certificate for an event without sessions", () => {
    expect(rule(0, 0)).toBe(false);
    expect(rule(0, 0, 0)).toBe(false);
    expect(sessionsNeeded(0, 75)).toBe(0);
  });

  it("asks for the one session of a single-session event, whatever the threshold", () => {
    expect(rule(1, 1)).toBe(true);
    expect(rule(0, 1)).toBe(false);
    expect(rule(0, 1, 0)).toBe(false);
    expect(rule(1, 1, 100)).toBe(true);
  });

  it("gives nothing when the person was absent at every session, even at a threshold of 0 %", () => {
    expect(rule(0, 4)).toBe(false);
    expect(rule(0, 4, 0)).toBe(false);
  });

  it("is met at exactly the threshold and missed one session below it", () => {
    expect(rule(3, 4)).toBe(true);
    expect(rule(2, 4)).toBe(false);
    expect(sessionsNeeded(4, 75)).toBe(3);
    // 75 % of 5 is 3.75: four sessions are needed.
    expect(rule(3, 5)).toBe(false);
    expect(rule(4, 5)).toBe(true);
    expect(sessionsNeeded(5, 75)).toBe(4);
    // Thresholds that floating point gets wrong (0.7 * 10 = 7.000000000000001).
    expect(rule(7, 10, 70)).toBe(true);
    expect(rule(29, 100, 29)).toBe(true);
    expect(rule(2, 2, 100)).toBe(true);
    expect(rule(1, 2, 100)).toBe(false);
  });
});

describe("hours", () => {
  it("reads like the certificate prints them", () => {
    expect(formatHours(390)).toBe("6,5 Zeitstunden");
    expect(formatHours(60)).toBe("1 Zeitstunde");
    expect(formatHours(100)).toBe("1,67 Zeitstunden");
    expect(formatHours(0)).toBe("0 Zeitstunden");
    expect(formatHours(16 * 60 + 45)).toBe("16,75 Zeitstunden");
  });

  it("counts a session's minutes, across the night the clocks go forward in UTC terms", () => {
    // 01:30–03:30 Berlin on 28 March 2027 is 00:30–01:30 UTC: one hour really passes.
    expect(sessionMinutes({ startsAt: new Date("2027-03-28T00:30:00Z"), endsAt: new Date("2027-03-28T01:30:00Z") })).toBe(60);
    expect(sessionMinutes({ startsAt: new Date("2027-03-28T10:00:00Z"), endsAt: new Date("2027-03-28T09:00:00Z") })).toBe(0);
  });
});

describe("verification codes as people type them", () => {
  const code = "K7QM3XRTABCDEFGH0123456789VW";
  it("groups by four and reads back with dashes, spaces, lower case and confusable letters", () => {
    expect(code).toHaveLength(CODE_LENGTH);
    expect(formatCode(code)).toBe("K7QM-3XRT-ABCD-EFGH-0123-4567-89VW");
    expect(normalizeCode("k7qm-3xrt abcd-efgh-0123-4567-89vw")).toBe(code);
    expect(normalizeCode("K7QM-3XRT-ABCD-EFGH-O123-4567-89VW")).toBe(code);
  });
  it("refuses what cannot be a code", () => {
    expect(normalizeCode("")).toBeNull();
    expect(normalizeCode(code.slice(1))).toBeNull();
    expect(normalizeCode(`${code}X`)).toBeNull();
    expect(normalizeCode(code.replace("K", "U"))).toBeNull();
    expect(normalizeCode("x".repeat(500))).toBeNull();
    expect(normalizeCode("../../etc/passwd")).toBeNull();
  });
});
