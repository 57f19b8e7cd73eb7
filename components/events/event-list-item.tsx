import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CalendarEntry } from "@/lib/events/public-queries";
import { formatListedDates } from "@/lib/dates/format";
import { eventText } from "@/lib/events/event-text";
import { withListReturn } from "@/lib/events/list-return";
import { supervisionFormatSlugs } from "@/lib/supervision/public-queries";
import { publicEventPath } from "@/lib/supervision/public-paths";
import { SeatBadge } from "./seat-badge";
import { eventPlace } from "./event-place";
import { LocalizedText } from "./localized-text";

/**
 * One event in a calendar list: date and time, title, format, provider, place, seats. `returnValue`
 * (lib/events/list-return.ts) lets the event page lead back to the filtered list it was found in.
 */
export async function EventListItem({ entry, now, headingLevel = "h3", returnValue }: { entry: CalendarEntry; now: Date; headingLevel?: "h2" | "h3" | "h4"; returnValue?: string }) {
  const t = await getTranslations("calendar.entry");
  const locale = await getLocale();
  const supervision = await supervisionFormatSlugs();
  const isSupervision = supervision.has(entry.formatSlug);
  const Heading = headingLevel;
  const place = eventPlace(entry, { online: t("online"), hybrid: (p) => t("hybrid", { place: p }) });
  return (
    <li className="border-t border-line py-4">
      <article className="flex flex-col gap-1">
        <p className="order-first text-sm font-semibold text-muted">
          <time dateTime={entry.startsAt.toISOString()}>{formatListedDates(entry, (values) => t("sessions", values), locale)}</time>
        </p>
        <Heading className="text-lg font-bold leading-snug">
          <Link href={withListReturn(publicEventPath(entry.slug, isSupervision), returnValue)}>
            <LocalizedText value={eventText(locale, entry.title, entry.titleEn)} />
          </Link>
        </Heading>
        <p className="text-sm">
          <span className="font-semibold">
            <LocalizedText value={eventText(locale, entry.formatName)} />
          </span>
          <span aria-hidden="true"> · </span>
          <span>{t("provider", { name: entry.organisationName })}</span>
          <span aria-hidden="true"> · </span>
          <span>{place}</span>
        </p>
        <p>
          <SeatBadge event={entry} seatsTaken={entry.seatsTaken} now={now} supervision={isSupervision} />
        </p>
      </article>
    </li>
  );
}
