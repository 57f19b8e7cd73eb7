import { buildCalendar, publicEventToIcsEvent } from "@/lib/events/ics";
import { getPublicEvent } from "@/lib/events/public-queries";
import { LOCALE_HEADER } from "@/lib/i18n/locale-routing";
import { toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/** Slugs are ASCII already; this only keeps a stray quote or non-ASCII letter out of the header. */
function fileName(slug: string): string {
  return slug.replace(/[^A-Za-z0-9_-]/g, "-") || "veranstaltung";
}

/**
 * One event as an .ics file to add to a personal calendar (all its sessions). Under /en/… in English:
 * proxy.ts sets the language header itself (a header the client sent is dropped; anything else is German).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = toLocale(request.headers.get(LOCALE_HEADER));
  const { slug } = await params;
  const data = await getPublicEvent(slug);
  if (!data) {
    return new Response(translator(locale, "calendar")("ics.notFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
    });
  }
  const name = (locale === "en" && data.event.titleEn?.trim()) || data.event.title;
  return new Response(buildCalendar([publicEventToIcsEvent(data)], { name, locale }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(data.event.slug)}.ics"`,
      "Cache-Control": "public, max-age=300",
      "Content-Language": locale,
    },
  });
}
