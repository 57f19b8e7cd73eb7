import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/event-admin/detail";
import { cancelEventPath } from "@/lib/event-admin/paths";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { DetailSection } from "./detail-section";
import { ReturnEventForm } from "./return-event-form";
import { WorkflowStepForm } from "./workflow-step-form";

/**
 * The workflow steps the actor may take on this event right now, each a small form of its own.
 * Cancelling is only a quiet link here: it cannot be undone, so it has its own page that says who
 * is told and asks for the reason.
 */
export async function EventWorkflowSection({ detail }: { detail: EventDetail }) {
  const t = await getTranslations("internWorkflow.detail");
  const id = detail.event.id;
  return (
    <DetailSection id="freigabe" title={t("workflowHeading")}>
      {detail.trusted && detail.event.status === "draft" && <p className="mb-4">{t("trusted")}</p>}
      {detail.actions.length === 0 && <p>{t("noActions")}</p>}
      <ClientMessages namespaces={["internWorkflow", "common"]}>
        {detail.actions
          .filter((action) => action !== "cancel")
          .map((action) =>
            action === "return" || action === "rejectChange" ? <ReturnEventForm key={action} eventId={id} kind={action} /> : <WorkflowStepForm key={action} step={action} eventId={id} />,
          )}
      </ClientMessages>
      {detail.actions.includes("cancel") && (
        <p className="mt-8 border-t border-line pt-4">
          <Link href={cancelEventPath(id)} className="inline-flex min-h-11 items-center">
            {t("cancelLink")}
          </Link>
          <span className="block text-sm text-muted">{t("cancelLinkHint")}</span>
        </p>
      )}
    </DetailSection>
  );
}
