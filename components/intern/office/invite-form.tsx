"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { AccountRole } from "@/db/schema/accounts";
import { inviteAccountAction } from "@/app/intern/konten/actions";
import { accountSchemas } from "@/lib/accounts/account-schemas";
import { SelectField, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";
import { RoleSelect } from "./role-select";


type Props = {
  organisations: { id: number; name: string }[];
  roles: AccountRole[];
  organisationId?: number;
};

/** Invites a person: name, address, role, and (for the office) the organisation. */
export function InviteForm({ organisations, roles, organisationId }: Props) {
  const m = useTranslations("internOffice.accounts");
  const errors = useTranslations("internOffice.accounts.errors");
  const { inviteSchema } = useMemo(() => accountSchemas(errors), [errors]);
  const initial = { organisationId: String(organisationId ?? organisations[0]?.id ?? ""), role: "organiser" };
  return (
    <ServerForm action={inviteAccountAction} schema={inviteSchema} labels={{ name: m("fields.name"), email: m("fields.email"), role: m("fields.role"), organisation: m("fields.organisation") }} submitLabel={m("inviteSubmit")} initialValues={initial}>
      {(f) => (
        <>
          <TextField label={m("fields.name")} autoComplete="off" error={f.error("name")} defaultValue={f.text("name")} {...f.register("name")} />
          <TextField label={m("fields.email")} type="email" inputMode="email" autoComplete="off" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />
          <RoleSelect f={f} roles={roles} />
          {organisations.length > 1 ? (
            <SelectField label={m("fields.organisation")} error={f.error("organisationId")} defaultValue={f.text("organisationId")} {...f.register("organisationId")}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <input type="hidden" {...f.register("organisationId")} value={f.text("organisationId")} />
          )}
        </>
      )}
    </ServerForm>
  );
}
