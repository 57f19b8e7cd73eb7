import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auditEntityTypes } from "@/db/schema/audit";
import type { AuditFilter } from "@/lib/audit/audit-queries";

/** The filters above the audit log: a GET form, so that a filtered view has a link of its own. */
export async function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const t = await getTranslations("internOffice.audit");
  const active = Boolean(filter.q || filter.typ || filter.von || filter.bis);
  return (
    <form method="get" role="search" aria-labelledby="filter-titel" className="mb-8 border-2 border-line p-4">
      <h2 id="filter-titel" className="mb-4 text-xl font-bold">{t("filterHeading")}</h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <div className="mb-4 sm:col-span-2">
          <label htmlFor="filter-q" className="mb-1 block font-semibold">{t("search")}</label>
          <p id="filter-q-hinweis" className="mb-1 text-sm text-muted">{t("searchHint")}</p>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} aria-describedby="filter-q-hinweis" className="field" />
        </div>
        <div className="mb-4">
          <label htmlFor="filter-typ" className="mb-1 block font-semibold">{t("type")}</label>
          <select id="filter-typ" name="typ" defaultValue={filter.typ ?? ""} className="field">
            <option value="">{t("typeAll")}</option>
            {auditEntityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`entityTypes.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-4 grid grid-cols-2 gap-4">
          <div>
            <label htmlFor="filter-von" className="mb-1 block font-semibold">{t("from")}</label>
            <input id="filter-von" name="von" type="date" defaultValue={filter.von ?? ""} className="field" />
          </div>
          <div>
            <label htmlFor="filter-bis" className="mb-1 block font-semibold">{t("to")}</label>
            <input id="filter-bis" name="bis" type="date" defaultValue={filter.bis ?? ""} className="field" />
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">{t("submit")}</button>
        {active && (
          <Link href="/intern/protokoll" className="inline-flex min-h-11 items-center">
            {t("reset")}
          </Link>
        )}
      </div>
    </form>
  );
}
