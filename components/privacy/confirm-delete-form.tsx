"use client";

import privacy from "@/messages/de/privacy.json";
import { deleteAction } from "@/app/(public)/meine-daten/actions";
import { CheckboxField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { confirmDeleteSchema } from "@/lib/privacy/self-service-schemas";

const m = privacy.delete;

/** The confirmation step of "Meine Daten löschen": a box to tick, then the button. */
export function ConfirmDeleteForm() {
  return (
    <ServerForm action={deleteAction} schema={confirmDeleteSchema} labels={{ confirm: m.confirm }} submitLabel={m.submit}>
      {(f) => <CheckboxField label={m.confirm} error={f.error("confirm")} {...f.register("confirm")} />}
    </ServerForm>
  );
}
