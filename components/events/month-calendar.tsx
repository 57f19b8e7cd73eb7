import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CalendarEntry } from "@/lib/events/public-queries";
import { localIsoDate, monthGrid } from "@/lib/dates/berlin";
import { formatLongDay, formatTime } from "@/lib/dates/format";
import { groupBy } from "@/lib/util/group-by";
import { supervisionFormatSlugs } from "@/lib/supervision/public-queries";
import { publicEventPath } from "@/lib/supervision/public-paths";
import { eventText } from "@/lib/events/event-text";
import { LocalizedText } from "./localized-text";

type Session = { eventId: number; startsAt: Date; endsAt: Date };

/**
 * An accessible month grid (a table with a caption and weekday headers) on wide screens, and the same
 * days as a list on phones, where seven columns would not fit. Only one of the two is displayed, so
 * assistive technology meets the content once.
 */
export async function MonthCalendar({ month, monthLabel, entries, sessions, today }: { month: string; monthLabel: string; entries: CalendarEntry[]; sessions: Session[]; today: string }) {
  const t = await getTranslations("calendar.month");
  const tEntry = await getTranslations("calendar.entry");
  const supervision = await supervisionFormatSlugs();
  const locale = await getLocale();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byDay = groupBy(
    sessions.filter((s) => byId.has(s.eventId)),
    (s) => localIsoDate(s.startsAt),
  );
  const { daysInMonth, firstWeekdayMondayBased } = monthGrid(month);
  const weekdays = t.raw("weekdays") as string[];
  const weekdaysShort = t.raw("weekdaysShort") as string[];
  const cells: (number | null)[] = [...Array(firstWeekdayMondayBased).fill(null), ...Array.from({ length: daysInMonth }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const isoDay = (day: number) => `${month}-${String(day).padStart(2, "0")}`;

  const dayEvents = (day: number) =>
    (byDay.get(isoDay(day)) ?? []).map((s) => {
      const e = byId.get(s.eventId)!;
      return (
        <li key={`${s.eventId}-${s.startsAt.getTime()}`} className="mb-1">
          <Link href={publicEventPath(e.slug, supervision.has(e.formatSlug))} className="block min-h-6 py-0.5 text-sm leading-snug">
            <span className="font-semibold">{formatTime(s.startsAt, locale)}</span> <LocalizedText value={eventText(locale, e.title, e.titleEn)} />
            {e.status === "cancelled" && <span className="font-semibold"> ({tEntry("cancelled")})</span>}
          </Link>
        </li>
      );
    });

  const daysWithEvents = Array.from({ length: daysInMonth }, (_, i) => i + 1).filter((d) => byDay.has(isoDay(d)));

  return (
    <>
      <table className="hidden w-full table-fixed border-collapse md:table">
        <caption className="sr-only">{t("caption", { month: monthLabel })}</caption>
        <thead>
          <tr>
            {weekdays.map((name, i) => (
              <th key={name} scope="col" className="border border-line bg-soft p-1 text-sm">
                <abbr title={name} className="no-underline">
                  {weekdaysShort[i]}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={i} className="border border-line bg-soft" />
                ) : (
                  <td key={i} className={`h-28 border border-line p-1 align-top break-words hyphens-auto ${isoDay(day) === today ? "bg-[#fff7e6]" : ""}`}>
                    <p className="text-sm font-bold">
                      <span className="sr-only">{formatLongDay(new Date(`${isoDay(day)}T12:00:00Z`), locale)}</span>
                      <span aria-hidden="true">{day}</span>
                      {isoDay(day) === today && <span className="ml-1 font-normal">({t("today")})</span>}
                    </p>
                    <ul>{dayEvents(day)}</ul>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="md:hidden">
        {daysWithEvents.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <ul>
            {daysWithEvents.map((day) => (
              <li key={day} className="border-t border-line py-3">
                <h3 className="mb-1 font-bold">{formatLongDay(new Date(`${isoDay(day)}T12:00:00Z`), locale)}</h3>
                <ul>{dayEvents(day)}</ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
