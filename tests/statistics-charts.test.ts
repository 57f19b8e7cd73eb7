import { describe, expect, it } from "vitest";
import { fillRateByOrganisationChart, hoursByFormatChart, monthlyAttendanceChart } from "@/lib/statistics/charts";
import { formatAverage, formatCount, formatRate, formatStatHours } from "@/lib/statistics/format";
import type { BreakdownRow } from "@/lib/statistics/types";

/** The statistics' charts are drawn on the server as SVG with their values, and numbers read in German. */

const row = (key: string, label: string, over: Partial<BreakdownRow>): BreakdownRow => ({
  key, label, events: 0, hoursOffered: 0, seatsOffered: 0, registrations: 0, confirmed: 0, attended: 0, participantHours: 0, fillRate: null, ...over,
});

const months = [row("2025-01", "Januar 2025", { registrations: 1234, attended: 987 }), row("2025-02", "Februar 2025", { registrations: 40, attended: 31 }), row("2025-03", "März 2025", { registrations: 0, attended: 0 })];
const formats = [row("1", "Workshop", { hoursOffered: 1234.5 }), row("2", "Vortrag mit Aussprache", { hoursOffered: 12 })];
const organisations = [row("1", "Caritas Mainz", { fillRate: 0.78 }), row("2", "Ohne Plätze e. V.", { fillRate: null })];

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]);

describe("charts of the statistics", () => {
  it("draws registrations and attendance per month with each value on its bar", async () => {
    const chart = await monthlyAttendanceChart(months);
    expect(chart.svg.startsWith("<svg")).toBe(true);
    expect(chart.svg).toMatch(/^<svg[^>]* role="img" aria-label="Säulendiagramm: Anmeldungen und Teilnahme je Monat\./);
    expect(chart.svg).not.toMatch(/ style="/);
    // One image: no role or label inside it besides the root's.
    expect(chart.svg.match(/ role="/g)).toHaveLength(1);
    expect(chart.svg.match(/ aria-label="/g)).toHaveLength(1);
    const t = texts(chart.svg);
    expect(t).toEqual(expect.arrayContaining(["1.234", "987", "40", "31", "Jan. 25", "Feb. 25", "Anmeldungen", "Teilgenommen"]));
    expect(chart.title).toBe("Anmeldungen und Teilnahme nach Monat");
    expect(await monthlyAttendanceChart(months)).toEqual(chart);
  });

  it("draws hours per format with German decimals", async () => {
    const chart = await hoursByFormatChart(formats);
    const t = texts(chart.svg);
    expect(t).toEqual(expect.arrayContaining(["1.234,5 Std.", "12 Std.", "Workshop", "Vortrag mit Aussprache"]));
    expect(chart.svg).toContain('role="img"');
  });

  it("draws fill rates as percentages, a dash where there were no seats", async () => {
    const chart = await fillRateByOrganisationChart(organisations);
    const t = texts(chart.svg);
    expect(t).toEqual(expect.arrayContaining(["78\u00a0%", "–", "Caritas Mainz"]));
  });

  it("draws an empty period without failing", async () => {
    const chart = await monthlyAttendanceChart([]);
    expect(chart.svg).toContain("<svg");
  });
});

describe("German numbers of the statistics", () => {
  it("formats counts, hours, rates and averages, and a dash for no value", () => {
    expect(formatCount(12345)).toBe("12.345");
    expect(formatStatHours(1234.56)).toBe("1.234,6");
    expect(formatStatHours(3)).toBe("3");
    expect(formatRate(0.781)).toBe("78\u00a0%");
    expect(formatRate(0)).toBe("0\u00a0%");
    expect(formatAverage(4.26)).toBe("4,3");
    expect(formatAverage(4)).toBe("4,0");
    for (const f of [formatCount, formatStatHours, formatRate, formatAverage]) expect(f(null)).toBe("–");
  });
});
