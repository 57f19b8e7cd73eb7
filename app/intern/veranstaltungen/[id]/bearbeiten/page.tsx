import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updateEventAction } from "@/app/intern/veranstaltungen/actions";
import { EditorPageHeader } from "@/components/intern/events/editor-page-header";
import { EventForm } from "@/components/intern/events/event-form";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { eventFormValues } from "@/lib/event-admin/event-editor-values";
import { eventFormOptions } from "@/lib/event-admin/event-form-options";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Veranstaltung bearbeiten – Interner Bereich" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { kopie } = await searchParams;
  const actor = await requireActor(`/intern/veranstaltungen/${id}/bearbeiten`);
  let loaded: Awaited<ReturnType<typeof eventFormValues>>;
  try {
    loaded = await eventFormValues(actor, Number(id));
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  const t = await getTranslations("internEvents");
  const options = await eventFormOptions(actor);
  return (
    <div className="max-w-3xl">
      <EditorPageHeader backLabel={t("form.back")} title={t("form.titleEdit")}>
        <p className="mb-4 text-lg">
          {loaded.event.title} · {t(`status.${loaded.event.status}`)}
        </p>
      </EditorPageHeader>
      {kopie && (
        <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
          {t("form.copied")}
        </p>
      )}
      <p className="mb-6">{t("form.introEdit")}</p>
      {loaded.changesReviewed && (
        <section aria-labelledby="pruefregel" className="mb-6 border-l-8 border-line bg-soft p-4">
          <h2 id="pruefregel" className="mb-2 text-xl font-bold">
            {t("form.reviewRuleHeading")}
          </h2>
          <p>{t("form.reviewRule")}</p>
        </section>
      )}
      {loaded.event.changeWaitsForReview && (
        <p role="status" className="mb-6 border-l-8 border-accent bg-soft p-4 font-semibold" data-testid="change-waiting">
          {loaded.changesReviewed ? t("form.changeWaiting") : t("form.changeWaitingDirect")}
        </p>
      )}
      {!loaded.event.changeWaitsForReview && loaded.event.status === "published" && loaded.event.reviewComment && (
        <p className="mb-6 border-l-8 border-accent bg-soft p-4 whitespace-pre-line">{t("form.changeRejected", { comment: loaded.event.reviewComment })}</p>
      )}
      <ClientMessages namespaces={["internEvents", "common"]}>
        <EventForm action={updateEventAction} mode="edit" eventId={loaded.event.id} options={options} initialValues={loaded.values} formatLocked={loaded.formatLocked} />
      </ClientMessages>
    </div>
  );
}
