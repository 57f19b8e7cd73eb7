import { localePath } from "@/lib/i18n/locale-routing";
import type { Locale } from "@/lib/i18n/locales";
import { filterToQuery, parseCalendarFilter, type CalendarFilter } from "./filters";

/**
 * "Zurück zu allen Veranstaltungen" returns to the filtered list a person came from. The list puts
 * its own query into the links to event pages (`?zurueck=format%3Dfortbildung%26seite%3D2`); the
 * event page turns it back into a list address. The value comes from the address bar, so it is never
 * used as it stands: it is parsed as a query string, only known calendar parameters with valid values
 * survive (lib/events/filters.ts), and the path is always /veranstaltungen. No other site, no other
 * path, no unknown parameter can get through.
 *
 * Language: the query is the same in both languages. listReturnPath gives the app's path, for Link
 * and redirect from lib/i18n/navigation (they put /en in front on English pages); listReturnUrl gives
 * the address in a language, for anything that does not go through them.
 */
export const RETURN_PARAM = "zurueck";

const LIST_PATH = "/veranstaltungen";
// Longer than any valid filter query (the free-text search is at most 200 characters, encoded).
const MAX_LENGTH = 2000;

/** The value for RETURN_PARAM on links from a list showing `filter`; undefined for the plain list. */
export function listReturnValue(filter: CalendarFilter): string | undefined {
  const query = filterToQuery(filter);
  return query ? query.slice(1) : undefined;
}

/** An event page's address with the list's query carried along (or the plain address). */
export function withListReturn(path: string, returnValue: string | undefined): string {
  return returnValue ? `${path}?${new URLSearchParams({ [RETURN_PARAM]: returnValue })}` : path;
}

/** The list address to return to, rebuilt from the validated filter; /veranstaltungen when unusable. */
export function listReturnPath(value: unknown): string {
  const filter = returnFilter(value);
  return `${LIST_PATH}${filter ? filterToQuery(filter) : ""}`;
}

/** The list address to return to in `locale`: "/en/veranstaltungen?format=…" for English. */
export function listReturnUrl(value: unknown, locale: Locale): string {
  return localePath(locale, listReturnPath(value));
}

/** The validated filter of a return value, or null when there is none (missing, too long, not a string). */
export function returnFilter(value: unknown): CalendarFilter | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > MAX_LENGTH) return null;
  const filter = parseCalendarFilter(new URLSearchParams(raw.startsWith("?") ? raw.slice(1) : raw));
  return Object.keys(filter).length > 0 ? filter : null;
}
