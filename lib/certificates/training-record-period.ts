import { z } from "zod";
import { localParts } from "@/lib/dates/berlin";

/**
 * The period of a "Fortbildungsnachweis", as typed into the GET form of /meine-daten/nachweis
 * (fields `von` and `bis`) and passed on to the PDF's address. Days are local days in the city
 * ("YYYY-MM-DD", both included). Without either field the period is the current calendar year.
 * A date field without JavaScript or in an old browser is a text field, so "31.12.2026" is read too.
 *
 * Errors are codes (the page and the route word them from the catalogue, next to the field).
 */

/** Longer periods are refused: the list stays printable, and nobody needs more for the volunteer card. */
export const MAX_PERIOD_YEARS = 10;

export type PeriodField = "von" | "bis";
export type PeriodError = "missing" | "invalid" | "order" | "tooLong";
export type Period = { from: string; to: string };

export type PeriodResult =
  | { ok: true; period: Period; values: Record<PeriodField, string> }
  | { ok: false; errors: Partial<Record<PeriodField, PeriodError>>; values: Record<PeriodField, string> };

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-01" or "1.3.2026" → "2026-03-01" for a day that exists (years 1900 to 2199), else null. */
export function parseLocalDay(input: string): string | null {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number);
  if (y < 1900 || y > 2199) return null;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The current calendar year in the city. */
export function defaultPeriod(now: Date): Period {
  const { year } = localParts(now);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A query value as typed: only a single string counts, cut to a sane length. */
const typed = z.preprocess((v) => (typeof v === "string" ? v.slice(0, 40) : ""), z.string());

const day = typed.transform((value, ctx) => {
  if (value.trim() === "") {
    ctx.addIssue({ code: "custom", message: "missing" satisfies PeriodError });
    return z.NEVER;
  }
  const parsed = parseLocalDay(value);
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: "invalid" satisfies PeriodError });
    return z.NEVER;
  }
  return parsed;
});

/** Adds whole years to a "YYYY-MM-DD" day (29 February becomes 1 March). */
function addYears(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

export const periodSchema = z
  .object({ von: day, bis: day })
  .superRefine(({ von, bis }, ctx) => {
    // ISO days compare as strings.
    if (bis < von) ctx.addIssue({ code: "custom", path: ["bis"], message: "order" satisfies PeriodError });
    else if (bis >= addYears(von, MAX_PERIOD_YEARS)) ctx.addIssue({ code: "custom", path: ["bis"], message: "tooLong" satisfies PeriodError });
  });

/** Reads `von` and `bis` from a query (page searchParams or a route's URLSearchParams). */
export function parsePeriod(query: Record<string, string | string[] | undefined>, now: Date): PeriodResult {
  // Only the two known names are read; nothing is built from the query's own keys.
  const raw = { von: query.von, bis: query.bis };
  const values = { von: typeof raw.von === "string" ? raw.von.slice(0, 40) : "", bis: typeof raw.bis === "string" ? raw.bis.slice(0, 40) : "" };
  if (raw.von === undefined && raw.bis === undefined) {
    const period = defaultPeriod(now);
    return { ok: true, period, values: { von: period.from, bis: period.to } };
  }
  const parsed = periodSchema.safeParse(raw);
  if (parsed.success) return { ok: true, period: { from: parsed.data.von, to: parsed.data.bis }, values };
  const errors: Partial<Record<PeriodField, PeriodError>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "von" || field === "bis") && !errors[field]) errors[field] = issue.message as PeriodError;
  }
  return { ok: false, errors, values };
}

/** The query of a period, for the PDF's address. */
export function periodQuery(period: Period): string {
  return new URLSearchParams({ von: period.from, bis: period.to }).toString();
}
