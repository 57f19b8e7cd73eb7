import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStep } from "@/components/intern/office/confirm-step";
import { IdButtonForm } from "@/components/intern/office/id-button-form";
import { orNotFound, routeId } from "@/components/intern/office/or-not-found";
import { getManagedAccount } from "@/lib/accounts/account-queries";
import { requireActor } from "@/lib/auth/session";
import { deactivateAccountAction } from "../../actions";

export const metadata: Metadata = { title: "Konto deaktivieren – Interner Bereich" };

/** The confirmation step before an account loses its access (a page, so that it works without JavaScript). */
export default async function ConfirmDeactivateAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/intern/konten/${id}/deaktivieren`);
  const account = await orNotFound(getManagedAccount(actor, routeId(id)));
  if (!account.active || account.isSelf) redirect(`/intern/konten/${account.id}`);
  const t = await getTranslations("internOffice");
  return (
    <ConfirmStep title={t("accounts.confirmTitle", { name: account.name })} text={t("accounts.deactivateExplain")} cancelHref={`/intern/konten/${account.id}`} cancelLabel={t("cancel")}>
      <IdButtonForm field="accountId" id={account.id} action={deactivateAccountAction} submitLabel={t("accounts.confirmSubmit")} />
    </ConfirmStep>
  );
}
