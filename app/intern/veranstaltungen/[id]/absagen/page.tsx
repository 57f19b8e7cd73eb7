import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CancelEventForm } from "@/components/intern/workflow/cancel-event-form";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { getEventDetail, type EventDetail } from "@/lib/event-admin/detail";
import { cancelEventPath } from "@/lib/event-admin/paths";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internWorkflow.actions");
  return { title: `${t("cancelHeading")} – Interner Bereich` };
}

/**
 * The confirmation step before an event is cancelled: a page of its own (it works without
 * JavaScript), saying who is told before it asks for the reason. The data layer decides again
 * when the form is sent.
 */
export default async function CancelEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(cancelEventPath(Number(id)));
  let detail: EventDetail;
  try {
    detail = await getEventDetail(actor, Number(id));
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  const t = await getTranslations("internWorkflow.actions");
  const { event } = detail;
  const back = `/intern/veranstaltungen/${event.id}`;
  const confirmed = detail.seatsTaken;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back} className="inline-flex min-h-11 items-center">
          {t("cancelBack")}
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{t("cancelPageTitle", { title: event.title })}</h1>
      {detail.actions.includes("cancel") ? (
        <>
          <section aria-labelledby="folgen" className="mb-8 border-l-8 border-accent bg-soft p-4">
            <h2 id="folgen" className="mb-2 text-xl font-bold">
              {t("cancelWhatHappens")}
            </h2>
            <ul className="list-disc space-y-1 pl-6" data-testid="cancel-consequences">
              <li>{t("cancelTold", { confirmed })}</li>
              <li>{t("cancelToldWaiting", { waiting: detail.waiting })}</li>
              <li>{t("cancelPublic")}</li>
              <li className="font-semibold">{t("cancelFinal")}</li>
            </ul>
          </section>
          <ClientMessages namespaces={["internWorkflow", "common"]}>
            <CancelEventForm eventId={event.id} />
          </ClientMessages>
          <p className="mt-6">
            <Link href={back} className="inline-flex min-h-11 items-center">
              {t("cancelBack")}
            </Link>
          </p>
        </>
      ) : (
        <p role="status">{t("cancelNotPossible")}</p>
      )}
    </div>
  );
}
