import type { getTranslations } from "next-intl/server";

type EventT = Awaited<ReturnType<typeof getTranslations<"event">>>;
type LanguageKey = Extract<Parameters<EventT>[0], `languageNames.${string}`>;

/** The name of a language code in the page's language ("Arabisch", "Arabic"), or the code itself if the catalogue has none. */
export function languageName(t: EventT, code: string): string {
  // Codes are two or three letters (the filter validates them); anything else is shown as it is.
  if (!/^[a-z]{2,3}$/.test(code)) return code;
  const key = `languageNames.${code}` as LanguageKey;
  return t.has(key) ? t(key) : code;
}
