"use client";

import messages from "@/messages/de/intern-workflow.json";
import { rejectChangeAction, returnEventAction } from "@/app/intern/veranstaltungen/[id]/actions";
import { returnEventSchema } from "@/lib/event-admin/workflow-schemas";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { StepSection } from "./detail-section";

const m = messages.actions;

/** The two ways the office says no with a reason: an event sent back, or a waiting change rejected. */
const kinds = {
  return: { id: "zurueckgeben", action: returnEventAction, heading: m.returnHeading, label: m.returnComment, hint: m.returnCommentHint, submit: m.returnSubmit },
  rejectChange: { id: "aenderung-ablehnen", action: rejectChangeAction, heading: m.rejectChangeHeading, label: m.rejectChangeComment, hint: m.rejectChangeHint, submit: m.rejectChangeSubmit },
} as const;

/** The office sends an event back to its organisation (or rejects a change), saying why. */
export function ReturnEventForm({ eventId, kind = "return" }: { eventId: number; kind?: keyof typeof kinds }) {
  const k = kinds[kind];
  return (
    <StepSection id={k.id} title={k.heading} tone="line">
      <ServerForm action={k.action} schema={returnEventSchema} labels={{ comment: k.label }} submitLabel={k.submit} submitClassName="btn-secondary" initialValues={{ eventId: String(eventId), comment: "" }}>
        {(f) => (
          <>
            <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />
            <TextField multiline label={k.label} hint={k.hint} error={f.error("comment")} defaultValue={f.text("comment")} {...f.register("comment")} />
          </>
        )}
      </ServerForm>
    </StepSection>
  );
}
