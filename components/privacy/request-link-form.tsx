"use client";

import { useTranslations } from "next-intl";
import { requestLinkAction } from "@/app/(public)/meine-daten/actions";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { requestLinkSchema } from "@/lib/privacy/self-service-schemas";

/** The e-mail address to which the "Meine Daten" link goes. Texts: "privacy", "common". */
export function RequestLinkForm() {
  const m = useTranslations("privacy.request");
  return (
    <ServerForm action={requestLinkAction} schema={requestLinkSchema(m("emailRequired"))} labels={{ email: m("email") }} submitLabel={m("submit")}>
      {(f) => <TextField label={m("email")} type="email" autoComplete="email" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />}
    </ServerForm>
  );
}
