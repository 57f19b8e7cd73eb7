import type { NextRequest } from "next/server";
import { filterToQuery, parseCalendarFilter } from "@/lib/events/filters";
import { ttlCache } from "@/lib/util/ttl-cache";
import { buildCalendar } from "@/lib/events/ics";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";

// The feed answers each calendar app's poll with the current state (cancellations included).
export const dynamic = "force-dynamic";

// Building a feed of up to 1,000 events takes a while; calendar apps poll often. One minute old is
// fresh enough (clients are told five minutes anyway).
const feeds = ttlCache<string>(60_000, 50);

/** The subscribable iCalendar feed; takes the calendar's filter parameters (?format=…&thema=…). */
export async function GET(request: NextRequest) {
  const filter = parseCalendarFilter(request.nextUrl.searchParams);
  const body = await feeds(filterToQuery(filter), async () => buildCalendar(await listPublicEventsForFeed(filter)));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kalender.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
