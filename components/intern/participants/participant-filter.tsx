import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { registrationStatuses } from "@/db/schema";
import type { ParticipantFilter } from "@/lib/participants/filter";

/** Search and status filter as a GET form: shareable URLs, works without JavaScript. */
export async function ParticipantFilterForm({ action, filter }: { action: string; filter: ParticipantFilter }) {
  const t = await getTranslations("internParticipants");
  return (
    <form method="get" action={action} role="search" aria-labelledby="filter-heading" className="mb-6 border-2 border-line p-4">
      <h2 id="filter-heading" className="mb-3 text-lg font-bold">
        {t("list.filterHeading")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-56 flex-1">
          <label htmlFor="filter-q" className="mb-1 block font-semibold">
            {t("list.search")}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} className="field" />
        </div>
        <div className="min-w-48">
          <label htmlFor="filter-status" className="mb-1 block font-semibold">
            {t("list.statusFilter")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className="field">
            <option value="">{t("list.allStatuses")}</option>
            {registrationStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn">
          {t("list.applyFilter")}
        </button>
        {(filter.q || filter.status) && (
          <Link href={action} className="inline-flex min-h-11 items-center">
            {t("list.resetFilter")}
          </Link>
        )}
      </div>
    </form>
  );
}
