import * as vega from "vega";
import { compile, type Config, type TopLevelSpec } from "vega-lite";
import { city } from "@/lib/config/city";
import { translator } from "@/lib/i18n/translator";
import { formatCount, formatRate, formatStatHours } from "./format";
import type { BreakdownRow } from "./types";

/**
 * The three charts of the statistics, as Vega-Lite specs and rendered to SVG on the server (no
 * client JavaScript). Each chart reads in black and white: one series in the city's dark accent,
 * the other light grey with a dark outline, and every bar carries its value as text. The page puts
 * a table with the same numbers next to each chart (lib/statistics/charts.ts only draws).
 */

const t = translator("de", "statistics");
const INK = "#1b1b1b";
const LIGHT = "#d9d9d9";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** A chart ready for the page: the SVG markup and the sentence a screen reader hears instead. */
export type RenderedChart = { title: string; label: string; svg: string };

const baseConfig: Config = {
  // The marks need no ARIA of their own: the whole SVG is one image with a label.
  aria: false,
  font: FONT,
  background: "white",
  view: { stroke: null },
  axis: { labelColor: INK, titleColor: INK, domainColor: INK, tickColor: INK, gridColor: "#e5e5e5", labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600 },
  legend: { labelColor: INK, titleColor: INK, labelFontSize: 12, symbolStrokeColor: INK, symbolStrokeWidth: 1, symbolType: "square", orient: "top", title: null },
  // German numbers on the axes ("1.234,5").
  locale: { number: { decimal: ",", thousands: ".", grouping: [3], currency: ["", " €"] } },
};

/** "Mär. 26" for a "2026-03" key, otherwise the row's own label. */
function shortMonth(row: BreakdownRow): string {
  if (!/^\d{4}-\d{2}$/.test(row.key)) return row.label;
  const [y, mo] = row.key.split("-").map(Number);
  return new Intl.DateTimeFormat("de-DE", { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(y, mo - 1, 15)));
}

/** Registrations and attendance per month: grouped bars with the value on each bar. */
export function monthlyAttendanceSpec(rows: BreakdownRow[]): TopLevelSpec {
  const series = [t("charts.registrations.series.registrations"), t("charts.registrations.series.attended")];
  const values = rows.flatMap((row, i) => [
    { order: i, month: shortMonth(row), series: series[0], seriesOrder: 0, value: row.registrations, text: formatCount(row.registrations) },
    { order: i, month: shortMonth(row), series: series[1], seriesOrder: 1, value: row.attended, text: formatCount(row.attended) },
  ]);
  const x = { field: "month", type: "nominal", sort: { field: "order", op: "min" }, title: t("charts.registrations.axisX"), axis: { labelAngle: rows.length > 12 ? -90 : 0 } } as const;
  const xOffset = { field: "series", type: "nominal", sort: series } as const;
  // A long range (up to ten years) would not fit: thinner bars, and the values only in the table.
  const long = rows.length > 24;
  const bars = { mark: { type: "bar", stroke: INK, strokeWidth: long ? 0.5 : 1 }, encoding: { fill: { field: "series", type: "nominal", sort: series, scale: { domain: series, range: [city.accentColor, LIGHT] } } } };
  const labels = { mark: { type: "text", baseline: "bottom", dy: -3, fontSize: 10, fill: INK }, encoding: { text: { field: "text" } } };
  return {
    data: { values },
    width: { step: long ? 6 : 26 },
    height: 240,
    config: baseConfig,
    encoding: { x, xOffset, y: { field: "value", type: "quantitative", title: t("charts.registrations.axisY"), axis: { format: ",d", tickMinStep: 1 } } },
    layer: long ? [bars] : [bars, labels],
  } as TopLevelSpec;
}

/** One bar per row, horizontally (long names stay readable), with the value printed after it; the caption names the rows. */
function horizontalBarSpec(values: { name: string; order: number; value: number; text: string }[], axisX: string, xAxis: Record<string, unknown>, domainMax?: number): TopLevelSpec {
  return {
    data: { values },
    width: 420,
    height: { step: 30 },
    config: baseConfig,
    encoding: {
      y: { field: "name", type: "nominal", sort: { field: "order", op: "min" }, title: null, axis: { labelLimit: 400 } },
      x: { field: "value", type: "quantitative", title: axisX, axis: xAxis, scale: domainMax === undefined ? { nice: true } : { domain: [0, domainMax] } },
    },
    layer: [
      { mark: { type: "bar", fill: city.accentColor, stroke: INK, strokeWidth: 1 } },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 11, fill: INK }, encoding: { text: { field: "text" } } },
    ],
  } as TopLevelSpec;
}

/** Hours of training offered per format. */
export function hoursByFormatSpec(rows: BreakdownRow[]): TopLevelSpec {
  const values = rows.map((row, order) => ({ name: row.label, order, value: row.hoursOffered, text: t("charts.hours.value", { hours: formatStatHours(row.hoursOffered) }) }));
  return horizontalBarSpec(values, t("charts.hours.axisX"), { format: ",.0f", tickMinStep: 1 });
}

/** Fill rate per organisation (0..1; an organisation without seats shows "–" and no bar). */
export function fillRateByOrganisationSpec(rows: BreakdownRow[]): TopLevelSpec {
  const values = rows.map((row, order) => ({ name: row.label, order, value: row.fillRate ?? 0, text: formatRate(row.fillRate) }));
  const max = Math.max(1, ...values.map((v) => v.value));
  return horizontalBarSpec(values, t("charts.fillRate.axisX"), { values: [0, 0.2, 0.4, 0.6, 0.8, 1], labelExpr: "format(datum.value * 100, '.0f') + '\u00a0%'" }, max);
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The SVG of a spec. The root element becomes one image with a label; it keeps its natural size
 * (the page lets it scroll on a phone rather than shrink its text; classes only, the CSP allows no
 * style attributes).
 */
export async function renderSvg(spec: TopLevelSpec, label: string): Promise<string> {
  const key = label + JSON.stringify(spec);
  const cached = svgCache.get(key);
  if (cached !== undefined) return cached;
  const svg = await drawSvg(spec, label);
  if (svgCache.size >= SVG_CACHE_SIZE) svgCache.delete(svgCache.keys().next().value!);
  svgCache.set(key, svg);
  return svg;
}

// Drawing a chart costs Vega some 50–100 ms; the same numbers give the same picture, so the
// last few drawings are kept (the page is reloaded, the PDF draws what the page drew).
const SVG_CACHE_SIZE = 60;
const svgCache = new Map<string, string>();

async function drawSvg(spec: TopLevelSpec, label: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    // Vega marks some layers as "graphics-symbol" with their own labels anyway; the chart is one
    // image, so every inner role and label goes (axe: svg-img-alt), then the root gets its own.
    const svg = (await view.toSVG()).replace(/ (role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, "");
    return svg.replace(/^<svg([^>]*?) class="marks"/, `<svg$1 class="block max-w-none" role="img" aria-label="${escapeAttribute(label)}" focusable="false"`);
  } finally {
    view.finalize();
  }
}

export async function monthlyAttendanceChart(rows: BreakdownRow[]): Promise<RenderedChart> {
  return { title: t("charts.registrations.title"), label: t("charts.registrations.alt"), svg: await renderSvg(monthlyAttendanceSpec(rows), t("charts.registrations.alt")) };
}

export async function hoursByFormatChart(rows: BreakdownRow[]): Promise<RenderedChart> {
  return { title: t("charts.hours.title"), label: t("charts.hours.alt"), svg: await renderSvg(hoursByFormatSpec(rows), t("charts.hours.alt")) };
}

export async function fillRateByOrganisationChart(rows: BreakdownRow[]): Promise<RenderedChart> {
  return { title: t("charts.fillRate.title"), label: t("charts.fillRate.alt"), svg: await renderSvg(fillRateByOrganisationSpec(rows), t("charts.fillRate.alt")) };
}
