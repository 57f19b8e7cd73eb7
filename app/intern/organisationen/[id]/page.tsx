import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { IdButtonForm } from "@/components/intern/office/id-button-form";
import { orNotFound, routeId } from "@/components/intern/office/or-not-found";
import { OrganisationForm } from "@/components/intern/office/organisation-form";
import { StatusNotice } from "@/components/intern/office/status-notice";
import { requireActor } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/organisations/organisation-queries";
import { reactivateOrganisationAction } from "../actions";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Organisation bearbeiten – Interner Bereich" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Edit one organisation, and deactivate or reactivate it (office only). */
export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/intern/organisationen/${id}`);
  const organisation = await orNotFound(getOrganisation(actor, routeId(id)));
  const t = await getTranslations("internOffice");
  const status = (await searchParams).status;
  const notices: Record<string, string> = { deaktiviert: t("organisations.deactivated"), reaktiviert: t("organisations.reactivated"), angelegt: t("saved") };
  const notice = typeof status === "string" ? (notices[status] ?? null) : null;
  const { name, shortName, description, email, phone, website, trusted } = organisation;
  return (
    <div className="max-w-2xl">
      <BackLink href="/intern/organisationen" label={t("organisations.backToList")} />
      <h1 className="mb-4 text-3xl font-bold">{t("organisations.editTitle")}</h1>
      <StatusNotice text={notice} />
      {!organisation.active && <p className="mb-6 border-l-8 border-accent bg-soft p-4 font-semibold">{t("organisations.isInactive")}</p>}
      <p className="mb-6">
        <Link href={`/intern/konten?organisation=${organisation.id}`} className="inline-flex min-h-11 items-center">
          {t("organisations.accountsLink")}
        </Link>
      </p>
      <ClientMessages namespaces={["internOffice", "common"]}>
        <OrganisationForm organisationId={organisation.id} initialValues={{ name, shortName, description, email, phone, website, trusted }} />
      </ClientMessages>
      <section className="mt-10" aria-labelledby="status">
        <h2 id="status" className="mb-2 text-2xl font-bold">{t("organisations.statusHeading")}</h2>
        {organisation.kind === "office" ? (
          <p>{t("organisations.officeCannotDeactivate")}</p>
        ) : organisation.active ? (
          <>
            <p className="mb-4">{t("organisations.confirmText")}</p>
            <Link href={`/intern/organisationen/${organisation.id}/deaktivieren`} className="btn btn-secondary">
              {t("organisations.deactivateLink")}
            </Link>
          </>
        ) : (
          <IdButtonForm field="organisationId" id={organisation.id} action={reactivateOrganisationAction} submitLabel={t("organisations.reactivateSubmit")} />
        )}
      </section>
    </div>
  );
}
