import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createEventAction } from "@/app/intern/veranstaltungen/actions";
import { EditorPageHeader } from "@/components/intern/events/editor-page-header";
import { EventForm } from "@/components/intern/events/event-form";
import { requireActor } from "@/lib/auth/session";
import { newEventFormValues } from "@/lib/event-admin/event-editor-values";
import { eventFormOptions } from "@/lib/event-admin/event-form-options";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Neue Veranstaltung – Interner Bereich" };

export default async function NewEventPage() {
  const actor = await requireActor("/intern/veranstaltungen/neu");
  const t = await getTranslations("internEvents.form");
  const options = await eventFormOptions(actor);
  return (
    <div className="max-w-3xl">
      <EditorPageHeader backLabel={t("back")} title={t("titleNew")}>
        <p className="mb-6">{t("introNew")}</p>
      </EditorPageHeader>
      <ClientMessages namespaces={["internEvents", "common"]}>
        <EventForm action={createEventAction} mode="create" options={options} initialValues={newEventFormValues(actor)} />
      </ClientMessages>
    </div>
  );
}
