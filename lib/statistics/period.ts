import { z } from "zod";
import { endOfLocalDay, localMonthRange, localParts, startOfLocalDay } from "@/lib/dates/berlin";
import { formatLongDate, formatMonth } from "@/lib/dates/format";
import { translator } from "@/lib/i18n/translator";
import type { StatisticsPeriod } from "./types";

// German only (the office's statistics). Numbers as text: the catalogue's number format would write 2026 as "2.026".
const t = translator("de", "statistics");
const MAX_DAYS = 3653;

/**
 * The period of the statistics from GET parameters, so that a link can be shared:
 * `jahr=2026` a year, `jahr=2026&quartal=2` a quarter, `monat=2026-03` a month, `von=…&bis=…`
 * (YYYY-MM-DD, both days included) any range; nothing at all: the current year in Berlin.
 * Unknown keys are ignored; a bad value is an error per field, in German.
 */
export const periodQuerySchema = z.object({
  jahr: z.string().regex(/^\d{4}$/, t("period.errors.year")).refine((v) => Number(v) >= 2000 && Number(v) <= 2100, t("period.errors.year")).optional(),
  quartal: z.string().regex(/^[1-4]$/, t("period.errors.quarter")).optional(),
  monat: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, t("period.errors.month")).optional(),
  von: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t("period.errors.from")).refine((v) => !Number.isNaN(Date.parse(v)), t("period.errors.from")).optional(),
  bis: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t("period.errors.to")).refine((v) => !Number.isNaN(Date.parse(v)), t("period.errors.to")).optional(),
});

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, 20) : undefined);

export type PeriodResult = { ok: true; period: StatisticsPeriod } | { ok: false; errors: Record<string, string>; period: StatisticsPeriod };

/** The current year in Berlin: the default, and what a page shows next to an error. */
export function currentYear(now: Date): StatisticsPeriod {
  const year = localParts(now).year;
  return yearPeriod(year);
}

function yearPeriod(year: number): StatisticsPeriod {
  return { from: localMonthRange(`${year}-01`).start, to: localMonthRange(`${year}-12`).end, label: t("period.year", { year: String(year) }), kind: "year", params: { jahr: String(year) } };
}

export function parsePeriod(query: Record<string, unknown>, now = new Date()): PeriodResult {
  const raw = { jahr: text(query.jahr), quartal: text(query.quartal), monat: text(query.monat), von: text(query.von), bis: text(query.bis) };
  const parsed = periodQuerySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), period: currentYear(now) };
  const q = parsed.data;
  if (q.von || q.bis) {
    const from = q.von ?? q.bis!;
    const to = q.bis ?? q.von!;
    const start = startOfLocalDay(from);
    const end = endOfLocalDay(to);
    if (end.getTime() <= start.getTime()) return { ok: false, errors: { bis: t("period.errors.order") }, period: currentYear(now) };
    if (end.getTime() - start.getTime() > MAX_DAYS * 86_400_000) return { ok: false, errors: { bis: t("period.errors.tooLong") }, period: currentYear(now) };
    const label = t("period.range", { from: formatLongDate(start), to: formatLongDate(new Date(end.getTime() - 1)) });
    return { ok: true, period: { from: start, to: end, label, kind: "range", params: { von: from, bis: to } } };
  }
  if (q.monat) {
    const { start, end } = localMonthRange(q.monat);
    return { ok: true, period: { from: start, to: end, label: formatMonth(q.monat), kind: "month", params: { monat: q.monat } } };
  }
  const year = q.jahr ? Number(q.jahr) : localParts(now).year;
  if (q.quartal) {
    const quarter = Number(q.quartal);
    const first = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}`;
    const last = `${year}-${String(quarter * 3).padStart(2, "0")}`;
    return {
      ok: true,
      period: { from: localMonthRange(first).start, to: localMonthRange(last).end, label: t("period.quarter", { quarter: String(quarter), year: String(year) }), kind: "quarter", params: { jahr: String(year), quartal: String(quarter) } },
    };
  }
  return { ok: true, period: yearPeriod(year) };
}
