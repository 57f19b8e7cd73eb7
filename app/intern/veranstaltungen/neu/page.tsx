import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createEventAction } from "@/app/intern/veranstaltungen/actions";
import { EventForm } from "@/components/intern/events/event-form";
import { requireActor } from "@/lib/auth/session";
import { newEventFormValues } from "@/lib/event-admin/event-editor-values";
import { eventFormOptions } from "@/lib/event-admin/event-form-options";

export const metadata: Metadata = { title: "Neue Veranstaltung – Interner Bereich" };

export default async function NewEventPage() {
  const actor = await requireActor("/intern/veranstaltungen/neu");
  const t = await getTranslations("internEvents.form");
  const options = await eventFormOptions(actor);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/intern/veranstaltungen" className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t("titleNew")}</h1>
      <p className="mb-6">{t("introNew")}</p>
      <EventForm action={createEventAction} mode="create" options={options} initialValues={newEventFormValues(actor)} />
    </div>
  );
}
