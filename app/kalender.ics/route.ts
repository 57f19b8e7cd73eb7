import type { NextRequest } from "next/server";
import { parseCalendarFilter } from "@/lib/events/filters";
import { buildCalendar } from "@/lib/events/ics";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";

// The feed answers each calendar app's poll with the current state (cancellations included).
export const dynamic = "force-dynamic";

/** The subscribable iCalendar feed; takes the calendar's filter parameters (?format=…&thema=…). */
export async function GET(request: NextRequest) {
  const filter = parseCalendarFilter(request.nextUrl.searchParams);
  const events = await listPublicEventsForFeed(filter);
  return new Response(buildCalendar(events), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kalender.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
