"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import { deleteAction } from "@/app/(public)/meine-daten/actions";
import { CheckboxField } from "@/components/forms/fields";
import type { FieldValues, Resolver } from "react-hook-form";
import { PublicForm } from "@/components/forms/public-form";

/** The confirmation step of "Meine Daten löschen": a box to tick, then the button. Texts: "privacy", "common". */
export function ConfirmDeleteForm() {
  const m = useTexts("privacy.delete");
  const message = m("confirmRequired");
  // The check loads on the first focus (PublicForm); the server action checks with the same schema.
  const loadResolver = () =>
    Promise.all([import("@hookform/resolvers/zod"), import("@/lib/privacy/self-service-schemas")]).then(
      ([{ zodResolver }, schemas]) => zodResolver(schemas.confirmDeleteSchema(message)) as unknown as Resolver<FieldValues>,
    );
  return (
    <PublicForm action={deleteAction} loadResolver={loadResolver} labels={{ confirm: m("confirm") }} submitLabel={m("submit")}>
      {(f) => <CheckboxField label={m("confirm")} error={f.error("confirm")} {...f.register("confirm")} />}
    </PublicForm>
  );
}
