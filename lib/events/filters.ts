import { z } from "zod";

/**
 * The calendar's filters, as they appear in shareable URLs (German parameter names). One schema for
 * the list page, the month view, the iCal feed and the API, so that a URL means the same everywhere.
 */
const slug = z.string().trim().regex(/^[a-z0-9-]{1,80}$/);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const flag = z.literal("1");

export const calendarFilterSchema = z.object({
  format: slug.optional(),
  thema: slug.optional(),
  traeger: slug.optional(),
  von: isoDate.optional(),
  bis: isoDate.optional(),
  frei: flag.optional(),
  barrierefrei: flag.optional(),
  sprache: z.string().regex(/^[a-z]{2}$/).optional(),
  online: flag.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  zeit: z.enum(["kommend", "vergangen"]).optional(),
  ansicht: z.enum(["liste", "monat"]).optional(),
  monat: isoMonth.optional(),
  seite: z.coerce.number().int().min(1).max(10000).optional(),
});

export type CalendarFilter = z.infer<typeof calendarFilterSchema>;
export type CalendarFilterKey = keyof CalendarFilter;
export const calendarFilterKeys = Object.keys(calendarFilterSchema.shape) as CalendarFilterKey[];

/** Parameters that narrow the set of events (not view, month or page). */
export const narrowingKeys = ["format", "thema", "traeger", "von", "bis", "frei", "barrierefrei", "sprache", "online", "q"] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first non-empty value of each parameter. A Map, so that a name like "__proto__" is just a name. */
function firstValues(params: Params): Map<string, string> {
  const out = new Map<string, string>();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const v = Array.isArray(value) ? value[0] : value;
    // Empty select options ("alle") arrive as empty strings: they mean "no filter".
    if (v !== undefined && v !== "" && !out.has(key)) out.set(key, v);
  }
  return out;
}

/**
 * Strict parse for the API: unknown values are errors the client should hear about.
 * Unknown parameter names are ignored.
 */
export function parseCalendarFilterStrict(params: Params) {
  const raw = firstValues(params);
  const picked = Object.fromEntries(calendarFilterKeys.filter((k) => raw.has(k)).map((k) => [k, raw.get(k)]));
  return calendarFilterSchema.safeParse(picked);
}

/**
 * Lenient parse for pages and feeds: a value that does not fit is dropped, so an old or hand-edited
 * URL still shows a calendar instead of an error.
 */
export function parseCalendarFilter(params: Params): CalendarFilter {
  const raw = firstValues(params);
  const filter: Record<string, unknown> = {};
  for (const key of calendarFilterKeys) {
    if (!raw.has(key)) continue;
    const result = calendarFilterSchema.shape[key].safeParse(raw.get(key));
    if (result.success && result.data !== undefined) filter[key] = result.data;
  }
  return filter as CalendarFilter;
}

/** True when any parameter narrows the result set. */
export function hasNarrowingFilter(filter: CalendarFilter): boolean {
  return narrowingKeys.some((k) => filter[k] !== undefined);
}

/** The query string of a filter, with overrides (undefined removes a key). Stable key order. */
export function filterToQuery(filter: CalendarFilter, overrides: Partial<Record<CalendarFilterKey, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...filter, ...overrides };
  const params = new URLSearchParams();
  for (const key of calendarFilterKeys) {
    const value = merged[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * Turns free text into an FTS5 trigram query: every word of three or more characters must occur
 * somewhere (also inside compound words). Quotes and operators typed by people are neutralised.
 * Returns null when no word is long enough; the caller then falls back to a plain substring match.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(" ");
}
