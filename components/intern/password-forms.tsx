"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { requestResetAction, setPasswordAction } from "@/app/intern/anmelden/actions";
import { authSchemas } from "@/lib/auth/schemas";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";


export function ForgotPasswordForm() {
  const m = useTranslations("intern");
  const { forgotPasswordSchema } = useMemo(() => authSchemas(m), [m]);
  return (
    <ServerForm action={requestResetAction} schema={forgotPasswordSchema} labels={{ email: m("signIn.email") }} submitLabel={m("forgot.submit")}>
      {(f) => <TextField label={m("signIn.email")} type="email" autoComplete="username" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />}
    </ServerForm>
  );
}

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const m = useTranslations("intern");
  const { setPasswordSchema } = useMemo(() => authSchemas(m), [m]);
  return (
    <ServerForm action={setPasswordAction.bind(null, token)} schema={setPasswordSchema} labels={{ password: m("setPassword.password"), confirm: m("setPassword.confirm") }} submitLabel={m("setPassword.submit")}>
      {(f) => (
        <>
          {/* Lets password managers store the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly tabIndex={-1} aria-hidden="true" className="sr-only" />
          <TextField label={m("setPassword.password")} hint={m("setPassword.passwordHint")} type="password" autoComplete="new-password" error={f.error("password")} {...f.register("password")} />
          <TextField label={m("setPassword.confirm")} type="password" autoComplete="new-password" error={f.error("confirm")} {...f.register("confirm")} />
        </>
      )}
    </ServerForm>
  );
}
