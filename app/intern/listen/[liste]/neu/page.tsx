import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { CatalogItemForm } from "@/components/intern/office/catalog-item-form";
import { routeCatalogKind } from "@/components/intern/office/catalog-kind";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { listCatalog } from "@/lib/catalog-admin/catalog-queries";
import { requireActor } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Eintrag hinzufügen – Interner Bereich" };

export default async function AddCatalogItemPage({ params }: { params: Promise<{ liste: string }> }) {
  const { liste } = await params;
  const actor = await requireActor(`/intern/listen/${liste}/neu`);
  const kind = routeCatalogKind(liste);
  // Office only: the same check as the list (the action checks again in the data layer).
  await orNotFound(listCatalog(actor, kind));
  const t = await getTranslations("internOffice.lists");
  return (
    <div className="max-w-2xl">
      <BackLink href={`/intern/listen/${liste}`} label={t("backToList")} />
      <h1 className="mb-6 text-3xl font-bold">{t("addTitle", { list: t(`kinds.${kind}`) })}</h1>
      <ClientMessages namespaces={["internOffice", "common"]}>
        <CatalogItemForm kind={kind} />
      </ClientMessages>
    </div>
  );
}
