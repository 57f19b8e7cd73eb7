import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { ActiveFilters } from "@/components/events/active-filters";
import { EventListItem } from "@/components/events/event-list-item";
import { FilterForm } from "@/components/events/filter-form";
import { MonthCalendar } from "@/components/events/month-calendar";
import { Pagination } from "@/components/events/pagination";
import { ViewSwitch } from "@/components/events/view-switch";
import { addMonths, localIsoDate, localIsoMonth } from "@/lib/dates/berlin";
import { formatMonth } from "@/lib/dates/format";
import { filterToQuery, hasNarrowingFilter, parseCalendarFilter, type CalendarFilter } from "@/lib/events/filters";
import { listReturnValue } from "@/lib/events/list-return";
import { listFilterOptions, listPublicEvents, listPublicEventsForMonth, type CalendarEntry } from "@/lib/events/public-queries";

type Options = Awaited<ReturnType<typeof listFilterOptions>>;
import { groupBy } from "@/lib/util/group-by";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const filter = parseCalendarFilter(await searchParams);
  if (filter.ansicht === "monat") return { title: t("monthTitle", { month: formatMonth(filter.monat ?? localIsoMonth(new Date()), locale) }) };
  const title = filter.zeit === "vergangen" ? t("pastTitle") : t("title");
  const feed = getPathname({ href: `/kalender.ics${filterToQuery({ ...filter, seite: undefined, ansicht: undefined, monat: undefined })}`, locale });
  return { title: filter.seite && filter.seite > 1 ? `${title} (${filter.seite})` : title, alternates: { types: { "text/calendar": feed } } };
}

export default async function CalendarPage({ searchParams }: Props) {
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const filter = parseCalendarFilter(await searchParams);
  const now = new Date();
  const isMonth = filter.ansicht === "monat";
  const month = filter.monat ?? localIsoMonth(now);
  const view = isMonth ? "month" : filter.zeit === "vergangen" ? "past" : "list";
  const options = await listFilterOptions();
  const heading = isMonth ? t("monthTitle", { month: formatMonth(month, locale) }) : view === "past" ? t("pastTitle") : t("title");
  const feedQuery = filterToQuery({ ...filter, seite: undefined, ansicht: undefined, monat: undefined, zeit: undefined });

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{heading}</h1>
      <p className="prose-text mb-6">{t("intro")}</p>
      <ViewSwitch filter={filter} current={view} month={month} />
      <FilterForm filter={filter} options={options} />
      {isMonth ? <MonthView filter={filter} options={options} month={month} now={now} /> : <ListView filter={filter} options={options} now={now} />}
      <aside className="mt-10 border-t border-line pt-4 text-sm">
        <p>
          {/* A file, not a page: a plain link in the page's language (/en/kalender.ics on English pages). */}
          <a href={getPathname({ href: `/kalender.ics${feedQuery}`, locale })}>{t("feed.subscribe")}</a>
        </p>
        <p className="text-muted">{t("feed.hint")}</p>
      </aside>
    </>
  );
}

async function EmptyResult({ filter }: { filter: CalendarFilter }) {
  const t = await getTranslations("calendar.empty");
  if (!hasNarrowingFilter(filter)) return <p>{t("noUpcoming")}</p>;
  return (
    <div className="rounded border-l-4 border-accent bg-soft p-4">
      <h2 className="mb-2 text-lg font-bold">{t("heading")}</h2>
      <p className="mb-3">{t("text")}</p>
      <Link href="/veranstaltungen">{t("reset")}</Link>
    </div>
  );
}

async function ListView({ filter, options, now }: { filter: CalendarFilter; options: Options; now: Date }) {
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const result = await listPublicEvents(filter, now);
  const byMonth = groupBy(result.entries, (e: CalendarEntry) => localIsoMonth(e.startsAt));
  // Event pages lead back to this very list (filters and page) through ?zurueck=…
  const returnValue = listReturnValue(filter);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-4 text-xl font-bold">
        {t("results", { count: result.total })}
      </h2>
      <ActiveFilters filter={filter} options={options} />
      {result.total === 0 ? (
        <EmptyResult filter={filter} />
      ) : (
        [...byMonth].map(([month, entries]) => (
          <section key={month} aria-labelledby={`monat-${month}`} className="mb-6">
            <h3 id={`monat-${month}`} className="mb-1 text-lg font-bold text-accent">
              {formatMonth(month, locale)}
            </h3>
            <ul>
              {entries.map((entry) => (
                <EventListItem key={entry.id} entry={entry} now={now} headingLevel="h4" returnValue={returnValue} />
              ))}
            </ul>
          </section>
        ))
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/veranstaltungen${filterToQuery(filter, { seite: page > 1 ? page : undefined })}`} />
    </section>
  );
}

async function MonthView({ filter, options, month, now }: { filter: CalendarFilter; options: Options; month: string; now: Date }) {
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const monthName = (m: string) => formatMonth(m, locale);
  const { entries, sessions } = await listPublicEventsForMonth(filter, month);
  const prev = addMonths(month, -1);
  const next = addMonths(month, 1);
  const hrefFor = (m: string) => `/veranstaltungen${filterToQuery(filter, { ansicht: "monat", monat: m, seite: undefined, zeit: undefined })}`;
  return (
    <section aria-labelledby="results-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id="results-heading" className="text-xl font-bold">
          {monthName(month)}: {t("results", { count: entries.length })}
        </h2>
        <nav aria-label={t("views.month")} className="flex flex-wrap gap-2">
          <Link href={hrefFor(prev)} className="btn btn-secondary" rel="prev">
            <span aria-hidden="true">←&nbsp;</span>
            {t("month.previous", { month: monthName(prev) })}
          </Link>
          <Link href={hrefFor(next)} className="btn btn-secondary" rel="next">
            {t("month.next", { month: monthName(next) })}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        </nav>
      </div>
      <ActiveFilters filter={filter} options={options} />
      {entries.length === 0 && hasNarrowingFilter(filter) ? (
        <EmptyResult filter={filter} />
      ) : (
        <MonthCalendar month={month} monthLabel={monthName(month)} entries={entries} sessions={sessions} today={localIsoDate(now)} />
      )}
    </section>
  );
}
