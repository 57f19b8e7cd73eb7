import { z } from "zod";
import { eventStatuses } from "@/db/schema/events";

/**
 * The filters of the signed-in event list, as GET parameters (German names, like the public
 * calendar), so that the form works without JavaScript and a filtered list can be bookmarked.
 * Values that do not fit are dropped instead of failing the page.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.coerce.number().int().positive();

const filterShape = {
  status: z.enum(eventStatuses),
  format: id,
  organisation: id,
  zeit: z.enum(["kommend", "vergangen", "alle"]),
  von: isoDate,
  bis: isoDate,
  q: z.string().trim().min(1).max(200),
  seite: z.coerce.number().int().min(1).max(10000),
};

export type EventListFilter = { [K in keyof typeof filterShape]?: z.output<(typeof filterShape)[K]> };
const keys = Object.keys(filterShape) as (keyof typeof filterShape)[];

export function parseEventListFilter(params: Record<string, string | string[] | undefined>): EventListFilter {
  const filter: Record<string, unknown> = {};
  for (const key of keys) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = filterShape[key].safeParse(value);
    if (parsed.success) filter[key] = parsed.data;
  }
  return filter as EventListFilter;
}

/** The query string of a filter with a different page. */
export function eventListQuery(filter: EventListFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = key === "seite" ? page : filter[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
