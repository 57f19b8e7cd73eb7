"use client";

import { ServerForm } from "@/components/forms/server-form";
import type { FormState } from "@/lib/forms/form-state";
import { accountIdSchema } from "@/lib/accounts/account-schemas";
import { catalogItemIdSchema } from "@/lib/catalog-admin/catalog-schemas";
import { organisationIdSchema } from "@/lib/organisations/organisation-schemas";

// The schemas live with their data layer; a client component cannot receive one as a prop.
const schemas = {
  accountId: accountIdSchema,
  organisationId: organisationIdSchema,
  itemId: catalogItemIdSchema,
} as const;

type Props = {
  field: keyof typeof schemas;
  id: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  secondary?: boolean;
};

/** A one-button form that acts on one row (deactivate, reactivate, send again); works without JavaScript. */
export function IdButtonForm({ field, id, action, submitLabel, secondary }: Props) {
  return (
    <ServerForm action={action} schema={schemas[field]} labels={{}} submitLabel={submitLabel} submitClassName={secondary ? "btn-secondary" : ""} initialValues={{ [field]: String(id) }}>
      {(f) => <input type="hidden" {...f.register(field)} value={String(id)} />}
    </ServerForm>
  );
}
