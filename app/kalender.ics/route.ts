import type { NextRequest } from "next/server";
import { parseCalendarFilter } from "@/lib/events/filters";
import { buildCalendar } from "@/lib/events/ics";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";

// The feed answers each calendar app's poll with the current state (cancellations included).
export const dynamic = "force-dynamic";

/** The feed's text per cached list: gone with the list when the list is replaced. */
const feedTexts = new WeakMap<object, string>();

/** The subscribable iCalendar feed; takes the calendar's filter parameters (?format=…&thema=…). */
export async function GET(request: NextRequest) {
  const filter = parseCalendarFilter(request.nextUrl.searchParams);
  // Building a feed of up to 1,000 events takes a while and calendar apps poll often. The list is
  // cached until the public data changes (lib/cache/public-data-cache.ts), and its text with it.
  const events = await listPublicEventsForFeed(filter);
  let body = feedTexts.get(events);
  if (body === undefined) feedTexts.set(events, (body = buildCalendar(events)));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kalender.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
