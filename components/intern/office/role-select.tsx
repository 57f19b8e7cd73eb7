"use client";

import internMessages from "@/messages/de/intern.json";
import officeMessages from "@/messages/de/intern-office.json";
import type { AccountRole } from "@/db/schema/accounts";
import { SelectField } from "@/components/forms/fields";
import type { FormApi } from "@/components/forms/server-form";

/** The role of an account, among the roles the actor may give. */
export function RoleSelect({ f, roles }: { f: FormApi; roles: AccountRole[] }) {
  return (
    <SelectField label={officeMessages.accounts.fields.role} error={f.error("role")} defaultValue={f.text("role")} {...f.register("role")}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {internMessages.roles[r]}
        </option>
      ))}
    </SelectField>
  );
}
