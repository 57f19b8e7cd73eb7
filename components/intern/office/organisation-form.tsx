"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { createOrganisationAction, updateOrganisationAction } from "@/app/intern/organisationen/actions";
import { organisationSchemas } from "@/lib/organisations/organisation-schemas";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";


const fieldNames = ["name", "shortName", "description", "email", "phone", "website", "trusted"] as const;

/** Create (no id) or edit (with id) an organisation's details. */
export function OrganisationForm({ organisationId, initialValues = {} }: { organisationId?: number; initialValues?: Record<string, unknown> }) {
  const m = useTranslations("internOffice.organisations");
  const office = useTranslations("internOffice");
  const errors = useTranslations("internOffice.organisations.errors");
  const { organisationSchema, organisationUpdateSchema } = useMemo(() => organisationSchemas(errors), [errors]);
  const editing = organisationId !== undefined;
  return (
    <ServerForm
      action={editing ? updateOrganisationAction : createOrganisationAction}
      schema={editing ? organisationUpdateSchema : organisationSchema}
      labels={Object.fromEntries(fieldNames.map((k) => [k, m(`fields.${k}`)]))}
      submitLabel={editing ? m("editSubmit") : m("createSubmit")}
      initialValues={editing ? { ...initialValues, organisationId: String(organisationId) } : initialValues}
    >
      {(f) => (
        <>
          {editing && <input type="hidden" {...f.register("organisationId")} value={String(organisationId)} />}
          <TextField label={m("fields.name")} error={f.error("name")} defaultValue={f.text("name")} {...f.register("name")} />
          <TextField label={m("fields.shortName")} optionalLabel={office("optional")} error={f.error("shortName")} defaultValue={f.text("shortName")} {...f.register("shortName")} />
          <TextField label={m("fields.description")} optionalLabel={office("optional")} multiline error={f.error("description")} defaultValue={f.text("description")} {...f.register("description")} />
          <TextField label={m("fields.email")} optionalLabel={office("optional")} type="email" inputMode="email" spellCheck={false} error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />
          <TextField label={m("fields.phone")} optionalLabel={office("optional")} type="tel" error={f.error("phone")} defaultValue={f.text("phone")} {...f.register("phone")} />
          <TextField label={m("fields.website")} optionalLabel={office("optional")} hint={m("websiteHint")} type="url" inputMode="url" spellCheck={false} error={f.error("website")} defaultValue={f.text("website")} {...f.register("website")} />
          <CheckboxField label={m("fields.trusted")} error={f.error("trusted")} defaultChecked={f.checked("trusted")} {...f.register("trusted")} />
        </>
      )}
    </ServerForm>
  );
}
