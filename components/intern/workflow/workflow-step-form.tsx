"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import {
  approveChangeAction,
  closeRegistrationAction,
  publishEventAction,
  reopenRegistrationAction,
  submitEventAction,
  withdrawEventAction,
} from "@/app/intern/veranstaltungen/[id]/actions";
import { workflowSchemas } from "@/lib/event-admin/workflow-schemas";
import { ServerForm } from "@/components/forms/server-form";

/** The one-button steps: what each posts to, what its button says, and a sentence of what follows (keys of internWorkflow.actions). */
const steps = {
  submit: { action: submitEventAction, label: "submit", hint: "submitHint", secondary: false },
  publish: { action: publishEventAction, label: "publish", hint: "publishHint", secondary: false },
  withdraw: { action: withdrawEventAction, label: "withdraw", hint: null, secondary: true },
  close: { action: closeRegistrationAction, label: "close", hint: "closeHint", secondary: true },
  reopen: { action: reopenRegistrationAction, label: "reopen", hint: null, secondary: true },
  approveChange: { action: approveChangeAction, label: "approveChange", hint: "approveChangeHint", secondary: false },
} as const;

export type OneButtonStep = keyof typeof steps;

/** A workflow step that needs no input: one button, posting the event's id. */
export function WorkflowStepForm({ step, eventId }: { step: OneButtonStep; eventId: number }) {
  const m = useTranslations("internWorkflow.actions");
  const { eventStepSchema } = useMemo(() => workflowSchemas(m), [m]);
  const s = steps[step];
  return (
    <div className="mb-6">
      {s.hint && <p className="mb-2 text-muted">{m(s.hint)}</p>}
      <ServerForm action={s.action} schema={eventStepSchema} labels={{}} submitLabel={m(s.label)} submitClassName={s.secondary ? "btn-secondary" : ""} initialValues={{ eventId: String(eventId) }}>
        {(f) => <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />}
      </ServerForm>
    </div>
  );
}
