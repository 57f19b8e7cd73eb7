import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditorPageHeader } from "@/components/intern/events/editor-page-header";
import { DuplicateForm } from "@/components/intern/events/duplicate-form";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { managedEventTitle } from "@/lib/event-admin/event-list-query";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Veranstaltung duplizieren – Interner Bereich" };

export default async function DuplicateEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/intern/veranstaltungen/${id}/duplizieren`);
  let title: string | null;
  try {
    title = await managedEventTitle(actor, Number(id));
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  if (!title) notFound();
  const t = await getTranslations("internEvents");
  return (
    <div className="max-w-2xl">
      <EditorPageHeader backLabel={t("form.back")} title={t("duplicate.title")}>
        <p className="mb-6">{t("duplicate.intro", { title })}</p>
      </EditorPageHeader>
      <ClientMessages namespaces={["internEvents", "common"]}>
        <DuplicateForm eventId={Number(id)} />
      </ClientMessages>
    </div>
  );
}
