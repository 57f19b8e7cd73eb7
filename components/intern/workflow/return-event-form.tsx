"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { rejectChangeAction, returnEventAction } from "@/app/intern/veranstaltungen/[id]/actions";
import { workflowSchemas } from "@/lib/event-admin/workflow-schemas";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { StepSection } from "./detail-section";

/** The two ways the office says no with a reason: an event sent back, or a waiting change rejected (texts: keys of internWorkflow.actions). */
const kinds = {
  return: { id: "zurueckgeben", action: returnEventAction, heading: "returnHeading", label: "returnComment", hint: "returnCommentHint", submit: "returnSubmit" },
  rejectChange: { id: "aenderung-ablehnen", action: rejectChangeAction, heading: "rejectChangeHeading", label: "rejectChangeComment", hint: "rejectChangeHint", submit: "rejectChangeSubmit" },
} as const;

/** The office sends an event back to its organisation (or rejects a change), saying why. */
export function ReturnEventForm({ eventId, kind = "return" }: { eventId: number; kind?: keyof typeof kinds }) {
  const m = useTranslations("internWorkflow.actions");
  const { returnEventSchema } = useMemo(() => workflowSchemas(m), [m]);
  const k = kinds[kind];
  return (
    <StepSection id={k.id} title={m(k.heading)} tone="line">
      <ServerForm action={k.action} schema={returnEventSchema} labels={{ comment: m(k.label) }} submitLabel={m(k.submit)} submitClassName="btn-secondary" initialValues={{ eventId: String(eventId), comment: "" }}>
        {(f) => (
          <>
            <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />
            <TextField multiline label={m(k.label)} hint={m(k.hint)} error={f.error("comment")} defaultValue={f.text("comment")} {...f.register("comment")} />
          </>
        )}
      </ServerForm>
    </StepSection>
  );
}
