import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountsTable } from "@/components/intern/office/accounts-table";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { listManagedAccounts } from "@/lib/accounts/account-queries";
import { isCoordinator } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { invitableOrganisations } from "@/lib/organisations/organisation-queries";

export const metadata: Metadata = { title: "Konten – Interner Bereich" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The accounts the actor manages: the office all (filterable by organisation), an org_admin the own. */
export default async function AccountsPage({ searchParams }: Props) {
  const actor = await requireActor("/intern/konten");
  const raw = (await searchParams).organisation;
  const organisationId = Number(Array.isArray(raw) ? raw[0] : raw) || undefined;
  const accounts = await orNotFound(listManagedAccounts(actor, { organisationId }));
  const office = isCoordinator(actor);
  const organisations = office ? await invitableOrganisations(actor) : [];
  const t = await getTranslations("internOffice.accounts");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      <p className="mb-6">
        <Link href={organisationId ? `/intern/konten/einladen?organisation=${organisationId}` : "/intern/konten/einladen"} className="btn">
          {t("invite")}
        </Link>
      </p>
      {office && (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="filter-organisation" className="mb-1 block font-semibold">
              {t("filterLabel")}
            </label>
            <select id="filter-organisation" name="organisation" defaultValue={organisationId ?? ""} className="field">
              <option value="">{t("filterAll")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn-secondary">
            {t("filterSubmit")}
          </button>
        </form>
      )}
      <AccountsTable accounts={accounts} showOrganisation={office} />
    </div>
  );
}
