import type { Metadata } from "next";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { eventTextPlain } from "./event-text";

type EventTexts = { slug: string; title: string; titleEn: string | null; summary: string; summaryEn: string | null };

/**
 * Title, description and canonical address of an event or supervision group page in a language:
 * the English title and summary where the organiser wrote them, and one address per language for
 * search engines, whichever list the visitor came from (?zurueck=…).
 */
export function eventPageMetadata(event: EventTexts, basePath: "/veranstaltungen" | "/supervision", locale: Locale): Metadata {
  return {
    title: eventTextPlain(locale, event.title, event.titleEn),
    description: eventTextPlain(locale, event.summary, event.summaryEn),
    alternates: { canonical: getPathname({ href: `${basePath}/${event.slug}`, locale }) },
  };
}
