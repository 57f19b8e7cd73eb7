import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { InviteForm } from "@/components/intern/office/invite-form";
import { assignableRoles } from "@/lib/accounts/account-commands";
import { requireActor } from "@/lib/auth/session";
import { invitableOrganisations } from "@/lib/organisations/organisation-queries";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Person einladen – Interner Bereich" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvitePage({ searchParams }: Props) {
  const actor = await requireActor("/intern/konten/einladen");
  const organisations = await invitableOrganisations(actor);
  if (organisations.length === 0) notFound();
  const raw = (await searchParams).organisation;
  const preselected = organisations.find((o) => String(o.id) === (Array.isArray(raw) ? raw[0] : raw));
  // Every role that may be given in some offered organisation; the data layer checks the pair.
  const roles = [...new Set(organisations.flatMap((o) => assignableRoles(actor, o)))];
  const t = await getTranslations("internOffice.accounts");
  return (
    <div className="max-w-2xl">
      <BackLink href="/intern/konten" label={t("backToList")} />
      <h1 className="mb-4 text-3xl font-bold">{t("inviteTitle")}</h1>
      <p className="mb-6">{t("inviteIntro")}</p>
      <ClientMessages namespaces={["internOffice", "intern", "common"]}>
        <InviteForm organisations={organisations} roles={roles} organisationId={preselected?.id} />
      </ClientMessages>
    </div>
  );
}
