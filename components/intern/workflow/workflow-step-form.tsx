"use client";

import messages from "@/messages/de/intern-workflow.json";
import {
  approveChangeAction,
  closeRegistrationAction,
  publishEventAction,
  reopenRegistrationAction,
  submitEventAction,
  withdrawEventAction,
} from "@/app/intern/veranstaltungen/[id]/actions";
import { eventStepSchema } from "@/lib/event-admin/workflow-schemas";
import { ServerForm } from "@/components/forms/server-form";

const m = messages.actions;

/** The one-button steps: what each posts to, what its button says, and a sentence of what follows. */
const steps = {
  submit: { action: submitEventAction, label: m.submit, hint: m.submitHint, secondary: false },
  publish: { action: publishEventAction, label: m.publish, hint: m.publishHint, secondary: false },
  withdraw: { action: withdrawEventAction, label: m.withdraw, hint: null, secondary: true },
  close: { action: closeRegistrationAction, label: m.close, hint: m.closeHint, secondary: true },
  reopen: { action: reopenRegistrationAction, label: m.reopen, hint: null, secondary: true },
  approveChange: { action: approveChangeAction, label: m.approveChange, hint: m.approveChangeHint, secondary: false },
} as const;

export type OneButtonStep = keyof typeof steps;

/** A workflow step that needs no input: one button, posting the event's id. */
export function WorkflowStepForm({ step, eventId }: { step: OneButtonStep; eventId: number }) {
  const s = steps[step];
  return (
    <div className="mb-6">
      {s.hint && <p className="mb-2 text-muted">{s.hint}</p>}
      <ServerForm action={s.action} schema={eventStepSchema} labels={{}} submitLabel={s.label} submitClassName={s.secondary ? "btn-secondary" : ""} initialValues={{ eventId: String(eventId) }}>
        {(f) => <input type="hidden" defaultValue={eventId} {...f.register("eventId")} />}
      </ServerForm>
    </div>
  );
}
