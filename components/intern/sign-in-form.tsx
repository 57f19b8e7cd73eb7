"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/intern/anmelden/actions";
import { authSchemas } from "@/lib/auth/schemas";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";


export function SignInForm({ returnTo }: { returnTo: string }) {
  const m = useTranslations("intern.signIn");
  const texts = useTranslations("intern");
  const { signInSchema } = useMemo(() => authSchemas(texts), [texts]);
  return (
    <ServerForm action={signInAction} schema={signInSchema} labels={{ email: m("email"), password: m("password") }} submitLabel={m("submit")}>
      {(f) => (
        <>
          <input type="hidden" name="weiter" value={returnTo} />
          <TextField label={m("email")} type="email" autoComplete="username" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />
          <TextField label={m("password")} type="password" autoComplete="current-password" error={f.error("password")} {...f.register("password")} />
        </>
      )}
    </ServerForm>
  );
}
