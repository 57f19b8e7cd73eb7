import type { Locale } from "@/lib/i18n/locales";

/**
 * Which text of an organiser's event field a page shows: on English pages the English version where
 * the organiser wrote one, otherwise the German text marked `lang: "de"` (screen readers then read it
 * with German pronunciation). German pages always show the German text, unmarked.
 */
export type EventText = { text: string; lang?: "de" };

export function eventText(locale: Locale, german: string, english?: string | null): EventText {
  if (locale === "de") return { text: german };
  const own = english?.trim();
  return own ? { text: own } : { text: german, lang: "de" };
}

/** The plain text (for <title>, meta description, JSON-LD), without a language mark. */
export function eventTextPlain(locale: Locale, german: string, english?: string | null): string {
  return eventText(locale, german, english).text;
}
