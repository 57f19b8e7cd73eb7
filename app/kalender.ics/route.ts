import type { NextRequest } from "next/server";
import { parseCalendarFilter } from "@/lib/events/filters";
import { buildCalendar } from "@/lib/events/ics";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";
import { LOCALE_HEADER } from "@/lib/i18n/locale-routing";
import { toLocale, type Locale } from "@/lib/i18n/locales";

// The feed answers each calendar app's poll with the current state (cancellations included).
export const dynamic = "force-dynamic";

/** The feed's texts per cached list and language: gone with the list when the list is replaced. */
const feedTexts = new WeakMap<object, Partial<Record<Locale, string>>>();

/**
 * The subscribable iCalendar feed; takes the calendar's filter parameters (?format=…&thema=…).
 * /en/kalender.ics is the English feed: proxy.ts serves it here and names the language in a
 * request header it sets itself (a header the client sent is dropped there; anything else is German).
 */
export async function GET(request: NextRequest) {
  const locale = toLocale(request.headers.get(LOCALE_HEADER));
  const filter = parseCalendarFilter(request.nextUrl.searchParams);
  // Building a feed of up to 1,000 events takes a while and calendar apps poll often. The list is
  // cached until the public data changes (lib/cache/public-data-cache.ts), and its text with it.
  const events = await listPublicEventsForFeed(filter);
  let texts = feedTexts.get(events);
  if (texts === undefined) feedTexts.set(events, (texts = {}));
  const body = (texts[locale] ??= buildCalendar(events, { locale }));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kalender.ics"',
      "Cache-Control": "public, max-age=300",
      // One URL per language, but say so for any cache in between.
      "Content-Language": locale,
    },
  });
}
