"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { cancelEventAction } from "@/app/intern/veranstaltungen/[id]/actions";
import { workflowSchemas } from "@/lib/event-admin/workflow-schemas";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";


/**
 * Cancelling mails every participant and cannot be undone. Without JavaScript too, nothing happens
 * unless a reason is given and the confirmation is ticked (the server checks both). Shown on the
 * cancellation's own page (absagen/page.tsx), which says beforehand who is told.
 */
export function CancelEventForm({ eventId }: { eventId: number }) {
  const m = useTranslations("internWorkflow.actions");
  const { cancelEventSchema } = useMemo(() => workflowSchemas(m), [m]);
  return (
    <ServerForm
      action={cancelEventAction}
      schema={cancelEventSchema}
      labels={{ reason: m("cancelReason"), confirm: m("cancelConfirm") }}
      submitLabel={m("cancelSubmit")}
      initialValues={{ eventId: String(eventId), reason: "", confirm: false }}
    >
      {(f) => (
        <>
          <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />
          <TextField multiline label={m("cancelReason")} hint={m("cancelReasonHint")} error={f.error("reason")} defaultValue={f.text("reason")} {...f.register("reason")} />
          <CheckboxField label={m("cancelConfirm")} error={f.error("confirm")} defaultChecked={f.checked("confirm")} {...f.register("confirm")} />
        </>
      )}
    </ServerForm>
  );
}
