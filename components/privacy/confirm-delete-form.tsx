"use client";

import { useTranslations } from "next-intl";
import { deleteAction } from "@/app/(public)/meine-daten/actions";
import { CheckboxField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { confirmDeleteSchema } from "@/lib/privacy/self-service-schemas";

/** The confirmation step of "Meine Daten löschen": a box to tick, then the button. Texts: "privacy", "common". */
export function ConfirmDeleteForm() {
  const m = useTranslations("privacy.delete");
  return (
    <ServerForm action={deleteAction} schema={confirmDeleteSchema(m("confirmRequired"))} labels={{ confirm: m("confirm") }} submitLabel={m("submit")}>
      {(f) => <CheckboxField label={m("confirm")} error={f.error("confirm")} {...f.register("confirm")} />}
    </ServerForm>
  );
}
