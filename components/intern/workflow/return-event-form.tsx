"use client";

import messages from "@/messages/de/intern-workflow.json";
import { returnEventAction } from "@/app/intern/veranstaltungen/[id]/actions";
import { returnEventSchema } from "@/lib/event-admin/workflow-schemas";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { StepSection } from "./detail-section";

const m = messages.actions;

/** The office sends an event back to its organisation, saying what to change. */
export function ReturnEventForm({ eventId }: { eventId: number }) {
  return (
    <StepSection id="zurueckgeben" title={m.returnHeading} tone="line">
      <ServerForm action={returnEventAction} schema={returnEventSchema} labels={{ comment: m.returnComment }} submitLabel={m.returnSubmit} submitClassName="btn-secondary" initialValues={{ eventId: String(eventId), comment: "" }}>
        {(f) => (
          <>
            <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />
            <TextField multiline label={m.returnComment} hint={m.returnCommentHint} error={f.error("comment")} defaultValue={f.text("comment")} {...f.register("comment")} />
          </>
        )}
      </ServerForm>
    </StepSection>
  );
}
