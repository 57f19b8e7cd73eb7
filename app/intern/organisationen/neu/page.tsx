import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { OrganisationForm } from "@/components/intern/office/organisation-form";
import { requireActor } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/organisations/organisation-queries";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Organisation anlegen – Interner Bereich" };

export default async function CreateOrganisationPage() {
  const actor = await requireActor("/intern/organisationen/neu");
  // Office only: the same check as the list (the action checks again in the data layer).
  await orNotFound(listOrganisations(actor));
  const t = await getTranslations("internOffice.organisations");
  return (
    <div className="max-w-2xl">
      <BackLink href="/intern/organisationen" label={t("backToList")} />
      <h1 className="mb-4 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mb-6">{t("createIntro")}</p>
      <ClientMessages namespaces={["internOffice", "common"]}>
        <OrganisationForm />
      </ClientMessages>
    </div>
  );
}
