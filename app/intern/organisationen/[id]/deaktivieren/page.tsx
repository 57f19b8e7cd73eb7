import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStep } from "@/components/intern/office/confirm-step";
import { IdButtonForm } from "@/components/intern/office/id-button-form";
import { orNotFound, routeId } from "@/components/intern/office/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/organisations/organisation-queries";
import { deactivateOrganisationAction } from "../../actions";

export const metadata: Metadata = { title: "Organisation deaktivieren – Interner Bereich" };

/** The confirmation step before an organisation leaves the calendar (a page: works without JavaScript). */
export default async function ConfirmDeactivateOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/intern/organisationen/${id}/deaktivieren`);
  const organisation = await orNotFound(getOrganisation(actor, routeId(id)));
  if (!organisation.active || organisation.kind === "office") redirect(`/intern/organisationen/${organisation.id}`);
  const t = await getTranslations("internOffice");
  return (
    <ConfirmStep title={t("organisations.confirmTitle", { name: organisation.name })} text={t("organisations.confirmText")} cancelHref={`/intern/organisationen/${organisation.id}`} cancelLabel={t("cancel")}>
      <IdButtonForm field="organisationId" id={organisation.id} action={deactivateOrganisationAction} submitLabel={t("organisations.confirmSubmit")} />
    </ConfirmStep>
  );
}
