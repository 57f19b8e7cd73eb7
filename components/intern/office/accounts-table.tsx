import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format";
import { RowLink, TableHead } from "./table-parts";
import type { listManagedAccounts } from "@/lib/accounts/account-queries";

type Row = Awaited<ReturnType<typeof listManagedAccounts>>[number];

/** The accounts an actor manages; the important columns first, so that it reads on a phone. */
export async function AccountsTable({ accounts, showOrganisation }: { accounts: Row[]; showOrganisation: boolean }) {
  const t = await getTranslations("internOffice.accounts");
  const roles = await getTranslations("intern.roles");
  if (accounts.length === 0) return <p>{t("empty")}</p>;
  const status = (a: Row) => (!a.active ? t("status.inactive") : a.passwordSet ? t("status.active") : t("status.invited"));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="mb-2 text-left font-bold">{t("caption", { count: accounts.length })}</caption>
        <TableHead columns={[t("columns.name"), t("columns.status"), t("columns.role"), showOrganisation && t("columns.organisation"), t("columns.lastSignIn"), t("columns.actions")]} />
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-semibold">{a.name}</span>
                <br />
                <span className="text-sm break-all">{a.email}</span>
              </th>
              <td className="py-2 pr-4">{status(a)}</td>
              <td className="py-2 pr-4">{roles(a.role)}</td>
              {showOrganisation && <td className="py-2 pr-4">{a.organisationName}</td>}
              <td className="py-2 pr-4">{a.lastSignInAt ? formatDateTime(a.lastSignInAt) : t("never")}</td>
              <td className="py-2">
                <RowLink href={`/intern/konten/${a.id}`} label={t("manageNamed", { name: a.name })} text={t("manage")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
