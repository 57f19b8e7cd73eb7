"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { AccountRole } from "@/db/schema/accounts";
import { changeAccountRoleAction } from "@/app/intern/konten/actions";
import { accountSchemas } from "@/lib/accounts/account-schemas";
import { ServerForm } from "@/components/forms/server-form";
import { RoleSelect } from "./role-select";


/** Changes the role of one account, among the roles the actor may give. */
export function RoleForm({ accountId, role, roles }: { accountId: number; role: AccountRole; roles: AccountRole[] }) {
  const m = useTranslations("internOffice.accounts");
  const errors = useTranslations("internOffice.accounts.errors");
  const { changeRoleSchema } = useMemo(() => accountSchemas(errors), [errors]);
  return (
    <ServerForm action={changeAccountRoleAction} schema={changeRoleSchema} labels={{ role: m("fields.role") }} submitLabel={m("roleSubmit")} submitClassName="btn-secondary" initialValues={{ accountId: String(accountId), role }}>
      {(f) => (
        <>
          <input type="hidden" {...f.register("accountId")} value={String(accountId)} />
          <RoleSelect f={f} roles={roles} />
        </>
      )}
    </ServerForm>
  );
}
