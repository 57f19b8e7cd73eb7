"use client";

import { useTranslations } from "next-intl";
import type { AccountRole } from "@/db/schema/accounts";
import { SelectField } from "@/components/forms/fields";
import type { FormApi } from "@/components/forms/form-api";

/** The role of an account, among the roles the actor may give. */
export function RoleSelect({ f, roles }: { f: FormApi; roles: AccountRole[] }) {
  const office = useTranslations("internOffice");
  const intern = useTranslations("intern");
  return (
    <SelectField label={office("accounts.fields.role")} error={f.error("role")} defaultValue={f.text("role")} {...f.register("role")}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {intern(`roles.${r}`)}
        </option>
      ))}
    </SelectField>
  );
}
