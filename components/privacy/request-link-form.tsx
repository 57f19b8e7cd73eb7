"use client";

import privacy from "@/messages/de/privacy.json";
import { requestLinkAction } from "@/app/(public)/meine-daten/actions";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { requestLinkSchema } from "@/lib/privacy/self-service-schemas";

const m = privacy.request;

/** The e-mail address to which the "Meine Daten" link goes. */
export function RequestLinkForm() {
  return (
    <ServerForm action={requestLinkAction} schema={requestLinkSchema} labels={{ email: m.email }} submitLabel={m.submit}>
      {(f) => <TextField label={m.email} type="email" autoComplete="email" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />}
    </ServerForm>
  );
}
