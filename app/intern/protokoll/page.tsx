import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEntry } from "@/components/intern/office/audit-entry";
import { AuditFilterForm } from "@/components/intern/office/audit-filter-form";
import { auditFilterSchema, listAuditEntries, type AuditFilter } from "@/lib/audit/audit-queries";
import { isCoordinator } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Protokoll – Interner Bereich" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filter: AuditFilter, seite: number) {
  const params = new URLSearchParams();
  for (const key of ["q", "typ", "von", "bis"] as const) if (filter[key]) params.set(key, String(filter[key]));
  if (seite > 1) params.set("seite", String(seite));
  const query = params.toString();
  return query ? `/intern/protokoll?${query}` : "/intern/protokoll";
}

/** The audit log: the office sees everything, everyone else the own organisation's entries. */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor("/intern/protokoll");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const result = await listAuditEntries(actor, filter);
  const t = await getTranslations("internOffice.audit");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{isCoordinator(actor) ? t("introOffice") : t("introPartner")}</p>
      <AuditFilterForm filter={filter} />
      <p role="status" className="mb-2 font-semibold">
        {t("results", { total: result.total })}
      </p>
      {result.entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div>
          {result.entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
        </div>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-6">
          {result.page > 1 && (
            <Link href={pageHref(filter, result.page - 1)} className="inline-flex min-h-11 items-center">
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page: result.page, pageCount: result.pageCount })}</span>
          {result.page < result.pageCount && (
            <Link href={pageHref(filter, result.page + 1)} className="inline-flex min-h-11 items-center">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
