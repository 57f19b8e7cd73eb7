import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/events/pagination";
import { EventListFilterForm } from "@/components/intern/events/event-list-filter-form";
import { EventListTable } from "@/components/intern/events/event-list-table";
import { isCoordinator } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { eventListQuery, parseEventListFilter } from "@/lib/event-admin/event-list-filter";
import { eventListFilterOptions, listManagedEvents, managedEventTitle } from "@/lib/event-admin/event-list-query";

export const metadata: Metadata = { title: "Veranstaltungen – Interner Bereich" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManagedEventsPage({ searchParams }: Props) {
  const actor = await requireActor("/intern/veranstaltungen");
  const params = await searchParams;
  const filter = parseEventListFilter(params);
  const t = await getTranslations("internEvents");
  const [result, options] = await Promise.all([listManagedEvents(actor, filter), eventListFilterOptions(actor)]);
  const savedId = Number(params.gespeichert);
  const savedTitle = Number.isInteger(savedId) && savedId > 0 ? await managedEventTitle(actor, savedId) : null;
  const savedCount = Number(params.anzahl) || 1;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <Link href="/intern/veranstaltungen/neu" className="btn">
          {t("list.new")}
        </Link>
      </div>
      {savedTitle && (
        <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
          {savedCount > 1 ? t("list.savedSeries", { count: savedCount, title: savedTitle }) : params.pruefung === "1" ? t("list.savedForReview", { title: savedTitle }) : t("list.saved", { title: savedTitle })}
        </p>
      )}
      <p className="mb-6">{t("list.intro")}</p>
      <EventListFilterForm filter={filter} options={options} />
      <p className="mb-3 font-semibold" aria-live="polite">
        {t("list.count", { total: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <EventListTable rows={result.rows} showOrganisation={isCoordinator(actor)} caption={t("list.caption", { page: result.page, pageCount: result.pageCount })} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/intern/veranstaltungen${eventListQuery(filter, page)}`} />
    </div>
  );
}
