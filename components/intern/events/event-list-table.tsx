import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDay, formatTimeRange } from "@/lib/dates/format";
import type { ManagedEventRow } from "@/lib/event-admin/event-list-query";

/** The managed events as a table: the important columns first, so that it reads on a phone too. */
export async function EventListTable({ rows, showOrganisation, caption }: { rows: ManagedEventRow[]; showOrganisation: boolean; caption: string }) {
  const t = await getTranslations("internEvents");
  const th = "border-b-2 border-ink px-2 py-2 text-left align-bottom";
  const td = "border-b border-line px-2 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("list.columns.title")}</th>
            <th scope="col" className={th}>{t("list.columns.dates")}</th>
            {showOrganisation && <th scope="col" className={th}>{t("list.columns.organisation")}</th>}
            <th scope="col" className={th}>{t("list.columns.status")}</th>
            <th scope="col" className={th}>{t("list.columns.seats")}</th>
            <th scope="col" className={th}>{t("list.columns.waiting")}</th>
            <th scope="col" className={th}>{t("list.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${td} font-semibold`}>
                <Link href={`/intern/veranstaltungen/${r.id}`}>{r.title}</Link>
                <span className="block text-sm font-normal text-muted">{r.formatName}</span>
              </th>
              <td className={td}>
                {r.sessionCount > 1 ? (
                  <>
                    {formatDay(r.startsAt)} – {formatDay(r.endsAt)}
                    <span className="block text-sm text-muted">{t("list.sessions", { count: r.sessionCount })}</span>
                  </>
                ) : (
                  formatTimeRange(r.startsAt, r.endsAt)
                )}
              </td>
              {showOrganisation && <td className={td}>{r.organisationName}</td>}
              <td className={td}>{t(`status.${r.status}`)}</td>
              <td className={td}>{t("list.seats", { taken: r.seatsTaken, capacity: r.capacity })}</td>
              <td className={td}>{r.waiting}</td>
              <td className={td}>
                <Link href={`/intern/veranstaltungen/${r.id}/bearbeiten`} aria-label={t("list.editLabel", { title: r.title })} className="mr-3 inline-flex min-h-11 items-center">
                  {t("list.edit")}
                </Link>
                <Link href={`/intern/veranstaltungen/${r.id}/duplizieren`} aria-label={t("list.duplicateLabel", { title: r.title })} className="inline-flex min-h-11 items-center">
                  {t("list.duplicate")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
