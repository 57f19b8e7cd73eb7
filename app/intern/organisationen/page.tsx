import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RowLink, TableHead } from "@/components/intern/office/table-parts";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/organisations/organisation-queries";

export const metadata: Metadata = { title: "Organisationen – Interner Bereich" };

/** Every organisation of the programme (office only). */
export default async function OrganisationsPage() {
  const actor = await requireActor("/intern/organisationen");
  const organisations = await orNotFound(listOrganisations(actor));
  const t = await getTranslations("internOffice");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("organisations.title")}</h1>
      <p className="mb-6 max-w-prose">{t("organisations.intro")}</p>
      <p className="mb-6">
        <Link href="/intern/organisationen/neu" className="btn">
          {t("organisations.create")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{t("organisations.caption", { count: organisations.length })}</caption>
          <TableHead columns={(["name", "status", "kind", "trusted", "accounts", "actions"] as const).map((c) => t(`organisations.columns.${c}`))} />
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">{o.name}</th>
                <td className="py-2 pr-4">{o.active ? t("organisations.status.active") : t("organisations.status.inactive")}</td>
                <td className="py-2 pr-4">{t(`organisations.kind.${o.kind}`)}</td>
                <td className="py-2 pr-4">{o.trusted ? t("yes") : t("no")}</td>
                <td className="py-2 pr-4">
                  <RowLink href={`/intern/konten?organisation=${o.id}`} label={t("organisations.accountsOf", { count: o.accountCount, name: o.name })} text={o.accountCount} />
                </td>
                <td className="py-2">
                  <RowLink href={`/intern/organisationen/${o.id}`} label={t("organisations.editNamed", { name: o.name })} text={t("edit")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
