import { getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/event-admin/detail";
import { CancelEventForm } from "./cancel-event-form";
import { DetailSection } from "./detail-section";
import { ReturnEventForm } from "./return-event-form";
import { WorkflowStepForm } from "./workflow-step-form";

/** The workflow steps the actor may take on this event right now, each a small form of its own. */
export async function EventWorkflowSection({ detail }: { detail: EventDetail }) {
  const t = await getTranslations("internWorkflow.detail");
  const id = detail.event.id;
  return (
    <DetailSection id="freigabe" title={t("workflowHeading")}>
      {detail.trusted && detail.event.status === "draft" && <p className="mb-4">{t("trusted")}</p>}
      {detail.actions.length === 0 && <p>{t("noActions")}</p>}
      {detail.actions.map((action) =>
        action === "return" || action === "rejectChange" ? (
          <ReturnEventForm key={action} eventId={id} kind={action} />
        ) : action === "cancel" ? (
          <CancelEventForm key={action} eventId={id} />
        ) : (
          <WorkflowStepForm key={action} step={action} eventId={id} />
        ),
      )}
    </DetailSection>
  );
}
