import { describe, expect, it } from "vitest";
import { defaultPeriod, parseLocalDay, parsePeriod } from "@/lib/certificates/training-record-period";

/** The period of "Mein Fortbildungsnachweis" as typed into the GET form: days, defaults, errors. */

const now = new Date("2026-12-31T23:30:00Z"); // already 1 January 2027 in Berlin

describe("parseLocalDay", () => {
  it("reads ISO and German dates of days that exist", () => {
    expect(parseLocalDay("2026-03-01")).toBe("2026-03-01");
    expect(parseLocalDay(" 1.3.2026 ")).toBe("2026-03-01");
    expect(parseLocalDay("29.02.2028")).toBe("2028-02-29");
    for (const bad of ["2026-02-30", "29.02.2027", "2026-3-1", "01/03/2026", "gestern", "", "1.3.26", "0001-01-01"]) expect(parseLocalDay(bad), bad).toBeNull();
  });
});

describe("parsePeriod", () => {
  it("defaults to the current calendar year in Berlin when neither field is given", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2027-01-01", to: "2027-12-31" });
    expect(parsePeriod({}, now)).toEqual({ ok: true, period: { from: "2027-01-01", to: "2027-12-31" }, values: { von: "2027-01-01", bis: "2027-12-31" } });
  });

  it("accepts a period of up to ten years, one day included", () => {
    expect(parsePeriod({ von: "2026-05-01", bis: "2026-05-01" }, now)).toMatchObject({ ok: true, period: { from: "2026-05-01", to: "2026-05-01" } });
    expect(parsePeriod({ von: "1.1.2017", bis: "31.12.2026" }, now)).toMatchObject({ ok: true, period: { from: "2017-01-01", to: "2026-12-31" } });
  });

  it("names each problem at its field and keeps what was typed", () => {
    expect(parsePeriod({ von: "", bis: "2026-12-31" }, now)).toEqual({ ok: false, errors: { von: "missing" }, values: { von: "", bis: "2026-12-31" } });
    expect(parsePeriod({ von: "31.02.2026", bis: "morgen" }, now)).toEqual({ ok: false, errors: { von: "invalid", bis: "invalid" }, values: { von: "31.02.2026", bis: "morgen" } });
    expect(parsePeriod({ von: "2026-12-31", bis: "2026-01-01" }, now)).toMatchObject({ ok: false, errors: { bis: "order" } });
    expect(parsePeriod({ von: "2016-12-31", bis: "2026-12-31" }, now)).toMatchObject({ ok: false, errors: { bis: "tooLong" } });
    expect(parsePeriod({ bis: "2026-12-31" }, now)).toMatchObject({ ok: false, errors: { von: "missing" } });
  });

  it("does not take arrays or overlong values", () => {
    expect(parsePeriod({ von: ["2026-01-01", "2026-02-01"], bis: "2026-12-31" }, now)).toMatchObject({ ok: false, errors: { von: "missing" } });
    const long = "2026-01-01".padEnd(500, "x");
    const result = parsePeriod({ von: long, bis: "2026-12-31" }, now);
    expect(result).toMatchObject({ ok: false, errors: { von: "invalid" } });
    expect(result.values.von.length).toBe(40);
  });
});
