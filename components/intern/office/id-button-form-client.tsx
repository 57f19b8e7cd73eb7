"use client";

import { useMemo } from "react";
import { z } from "zod";
import { ServerForm } from "@/components/forms/server-form";
import type { FormState } from "@/lib/forms/form-state";
import { idField } from "@/lib/forms/zod-fields";

export type IdButtonField = "accountId" | "organisationId" | "itemId";

type Props = {
  field: IdButtonField;
  id: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  secondary?: boolean;
  /** The error of an unknown id, from the catalogue (given by id-button-form.tsx). */
  invalidText: string;
};

/** The browser half of IdButtonForm (id-button-form.tsx). */
export function IdButtonFormClient({ field, id, action, submitLabel, secondary, invalidText }: Props) {
  // The same rule as the server action's schema (accountIdSchema, organisationIdSchema,
  // catalogItemIdSchema: one idField each); built here from the text so that the browser needs no catalogue.
  const schema = useMemo(() => z.object({ [field]: idField(invalidText) }), [field, invalidText]);
  return (
    <ServerForm action={action} schema={schema} labels={{}} submitLabel={submitLabel} submitClassName={secondary ? "btn-secondary" : ""} initialValues={{ [field]: String(id) }}>
      {(f) => <input type="hidden" {...f.register(field)} value={String(id)} />}
    </ServerForm>
  );
}
