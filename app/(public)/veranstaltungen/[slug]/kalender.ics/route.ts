import calendarMessages from "@/messages/de/calendar.json";
import { buildCalendar, publicEventToIcsEvent } from "@/lib/events/ics";
import { getPublicEvent } from "@/lib/events/public-queries";

export const dynamic = "force-dynamic";

/** Slugs are ASCII already; this only keeps a stray quote or non-ASCII letter out of the header. */
function fileName(slug: string): string {
  return slug.replace(/[^A-Za-z0-9_-]/g, "-") || "veranstaltung";
}

/** One event as an .ics file to add to a personal calendar (all its sessions). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await getPublicEvent(slug);
  if (!data) {
    return new Response(calendarMessages.ics.notFound, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(buildCalendar([publicEventToIcsEvent(data)], { name: data.event.title }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(data.event.slug)}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
