import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { IdButtonForm } from "@/components/intern/office/id-button-form";
import { orNotFound, routeId } from "@/components/intern/office/or-not-found";
import { RoleForm } from "@/components/intern/office/role-form";
import { StatusNotice } from "@/components/intern/office/status-notice";
import { assignableRoles } from "@/lib/accounts/account-commands";
import { getManagedAccount } from "@/lib/accounts/account-queries";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { reactivateAccountAction, resendInvitationAction } from "../actions";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Konto verwalten – Interner Bereich" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One account: its facts, its role, its access, and the invitation while no password is set. */
export default async function AccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/intern/konten/${id}`);
  const account = await orNotFound(getManagedAccount(actor, routeId(id)));
  const t = await getTranslations("internOffice.accounts");
  const roleNames = await getTranslations("intern.roles");
  const roles = assignableRoles(actor, { id: account.organisationId, kind: account.organisationKind });
  const state = !account.active ? t("status.inactive") : account.passwordSet ? t("status.active") : t("status.invited");
  const status = (await searchParams).status;
  const notice = status === "deaktiviert" ? t("deactivated") : status === "reaktiviert" ? t("reactivated") : null;
  return (
    <div className="max-w-2xl">
      <BackLink href="/intern/konten" label={t("backToList")} />
      <h1 className="mb-4 text-3xl font-bold">{t("detailTitle", { name: account.name })}</h1>
      <StatusNotice text={notice} />
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("columns.email")}</dt>
        <dd className="break-all">{account.email}</dd>
        <dt className="font-semibold">{t("columns.organisation")}</dt>
        <dd>{account.organisationName}</dd>
        <dt className="font-semibold">{t("columns.role")}</dt>
        <dd>{roleNames(account.role)}</dd>
        <dt className="font-semibold">{t("columns.status")}</dt>
        <dd>{state}</dd>
        <dt className="font-semibold">{t("columns.lastSignIn")}</dt>
        <dd>{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : t("never")}</dd>
        <dt className="font-semibold">{t("created")}</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
      </dl>

      {account.isSelf ? (
        <p className="border-l-8 border-line bg-soft p-4">{t("self")}</p>
      ) : (
        <>
          {account.active && !account.passwordSet && (
            <section className="mb-8" aria-labelledby="einladung">
              <h2 id="einladung" className="mb-2 text-2xl font-bold">{t("invitationHeading")}</h2>
              <p className="mb-4">{t("invitationPending")}</p>
              <IdButtonForm field="accountId" id={account.id} action={resendInvitationAction} submitLabel={t("resendSubmit")} secondary />
            </section>
          )}
          {account.role !== "coordinator" || roles.includes("coordinator") ? (
            <section className="mb-8" aria-labelledby="rolle">
              <h2 id="rolle" className="mb-2 text-2xl font-bold">{t("roleHeading")}</h2>
              <ClientMessages namespaces={["internOffice", "intern", "common"]}>
                <RoleForm accountId={account.id} role={account.role} roles={roles} />
              </ClientMessages>
            </section>
          ) : null}
          <section className="mb-8" aria-labelledby="zugang">
            <h2 id="zugang" className="mb-2 text-2xl font-bold">{t("statusHeading")}</h2>
            <p className="mb-4">{t("deactivateExplain")}</p>
            {account.active ? (
              <Link href={`/intern/konten/${account.id}/deaktivieren`} className="btn btn-secondary">
                {t("deactivateLink")}
              </Link>
            ) : (
              <IdButtonForm field="accountId" id={account.id} action={reactivateAccountAction} submitLabel={t("reactivateSubmit")} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
