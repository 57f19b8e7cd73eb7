"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import { requestLinkAction } from "@/app/(public)/meine-daten/actions";
import { TextField } from "@/components/forms/fields";
import type { FieldValues, Resolver } from "react-hook-form";
import { PublicForm } from "@/components/forms/public-form";

/** The e-mail address to which the "Meine Daten" link goes. Texts: "privacy", "common". */
export function RequestLinkForm() {
  const m = useTexts("privacy.request");
  const message = m("emailRequired");
  // The check loads on the first focus (PublicForm); the server action checks with the same schema.
  const loadResolver = () =>
    Promise.all([import("@hookform/resolvers/zod"), import("@/lib/privacy/self-service-schemas")]).then(
      ([{ zodResolver }, schemas]) => zodResolver(schemas.requestLinkSchema(message)) as unknown as Resolver<FieldValues>,
    );
  return (
    <PublicForm action={requestLinkAction} loadResolver={loadResolver} labels={{ email: m("email") }} submitLabel={m("submit")}>
      {(f) => <TextField label={m("email")} type="email" autoComplete="email" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />}
    </PublicForm>
  );
}
