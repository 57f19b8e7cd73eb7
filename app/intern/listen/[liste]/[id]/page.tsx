import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/intern/office/back-link";
import { CatalogItemForm } from "@/components/intern/office/catalog-item-form";
import { routeCatalogKind } from "@/components/intern/office/catalog-kind";
import { orNotFound, routeId } from "@/components/intern/office/or-not-found";
import { getCatalogItem } from "@/lib/catalog-admin/catalog-queries";
import { requireActor } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Eintrag bearbeiten – Interner Bereich" };

export default async function EditCatalogItemPage({ params }: { params: Promise<{ liste: string; id: string }> }) {
  const { liste, id } = await params;
  const actor = await requireActor(`/intern/listen/${liste}/${id}`);
  const kind = routeCatalogKind(liste);
  const itemId = routeId(id);
  const { active: _active, ...values } = await orNotFound(getCatalogItem(actor, kind, itemId));
  void _active;
  const t = await getTranslations("internOffice.lists");
  return (
    <div className="max-w-2xl">
      <BackLink href={`/intern/listen/${liste}`} label={t("backToList")} />
      <h1 className="mb-6 text-3xl font-bold">{t("editTitle", { list: t(`kinds.${kind}`) })}</h1>
      <ClientMessages namespaces={["internOffice", "common"]}>
        <CatalogItemForm kind={kind} itemId={itemId} initialValues={values} />
      </ClientMessages>
    </div>
  );
}
