/**
 * How the statistics' numbers read in German (page, charts, tables): 1.234 for counts, 1.234,5 for
 * hours, "78 %" for rates (0..1), "4,3" for averages, "–" for a figure that has no base (null).
 */
const NONE = "–";
const integer = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
const exactlyOneDecimal = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 });

/** A count: "1.234". */
export function formatCount(value: number | null): string {
  return value === null ? NONE : integer.format(value);
}

/** Decimal hours with at most one decimal: "1.234,5", "12". */
export function formatStatHours(value: number | null): string {
  return value === null ? NONE : oneDecimal.format(value);
}

/** A rate of 0..1 as a whole percentage: "78 %" (Intl puts a no-break space before the sign). */
export function formatRate(value: number | null): string {
  return value === null ? NONE : percent.format(value);
}

/** An average on the 1..5 scale, always with one decimal: "4,3", "4,0". */
export function formatAverage(value: number | null): string {
  return value === null ? NONE : exactlyOneDecimal.format(value);
}
