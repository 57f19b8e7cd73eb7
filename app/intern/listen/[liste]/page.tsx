import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { routeCatalogKind } from "@/components/intern/office/catalog-kind";
import { IdButtonForm } from "@/components/intern/office/id-button-form";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { RowLink, TableHead } from "@/components/intern/office/table-parts";
import { StatusNotice } from "@/components/intern/office/status-notice";
import { listCatalog } from "@/lib/catalog-admin/catalog-queries";
import { catalogPaths } from "@/lib/catalog-admin/catalog-schemas";
import { requireActor } from "@/lib/auth/session";
import { deactivateCatalogItemAction, reactivateCatalogItemAction } from "../actions";

export const metadata: Metadata = { title: "Liste – Interner Bereich" };

type Props = { params: Promise<{ liste: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One list: every entry, with edit and (where the list has the flag) deactivate or reactivate. */
export default async function CatalogListPage({ params, searchParams }: Props) {
  const { liste } = await params;
  const actor = await requireActor(`/intern/listen/${liste}`);
  const kind = routeCatalogKind(liste);
  const rows = await orNotFound(listCatalog(actor, kind));
  const t = await getTranslations("internOffice");
  const list = t(`lists.kinds.${kind}`);
  const added = (await searchParams).status === "hinzugefuegt";
  const base = `/intern/listen/${catalogPaths[kind]}`;
  return (
    <div>
      <BackLink href="/intern/listen" label={t("lists.backToLists")} />
      <h1 className="mb-4 text-3xl font-bold">{list}</h1>
      <StatusNotice text={added ? t("lists.added") : null} />
      <p className="mb-6 max-w-prose">{t(`lists.kindIntro.${kind}`)}</p>
      <p className="mb-6">
        <Link href={`${base}/neu`} className="btn">
          {t("lists.add")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{t("lists.caption", { list, count: rows.length })}</caption>
          <TableHead columns={[t("lists.columns.name"), kind !== "venue" && t("lists.columns.status"), t("lists.columns.detail"), t("lists.columns.actions")]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">{row.name}</th>
                {kind !== "venue" && <td className="py-2 pr-4">{row.active ? t("lists.status.active") : t("lists.status.inactive")}</td>}
                <td className="max-w-md py-2 pr-4 text-sm">{row.detail}</td>
                <td className="py-2">
                  <div className="flex flex-wrap items-start gap-x-4">
                    <RowLink href={`${base}/${row.id}`} label={t("lists.editNamed", { name: row.name })} text={t("edit")} />
                    {row.active !== null && (
                      <IdButtonForm
                        field="itemId"
                        id={row.id}
                        action={(row.active ? deactivateCatalogItemAction : reactivateCatalogItemAction).bind(null, kind)}
                        submitLabel={t(row.active ? "lists.deactivateNamed" : "lists.reactivateNamed", { name: row.name })}
                        secondary
                      />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
