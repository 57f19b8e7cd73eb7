"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";
import { addCatalogItemAction, updateCatalogItemAction } from "@/app/intern/listen/actions";
import { catalogAdminSchemas, type CatalogKind } from "@/lib/catalog-admin/catalog-schemas";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";

type Field = keyof Messages["internOffice"]["lists"]["fields"];
/** Fields typed as several lines. */
const multiline: Field[] = ["description", "accessibilityNotes", "directions"];
/** Fields that may stay empty (the schema turns "" into null). */
const optionalFields: Field[] = ["description", "district", "room", "accessibilityNotes", "directions"];

/** Add (no id) or edit (with id) one entry of a list; the fields follow the list's schema. */
export function CatalogItemForm({ kind, itemId, initialValues = {} }: { kind: CatalogKind; itemId?: number; initialValues?: Record<string, unknown> }) {
  const m = useTranslations("internOffice.lists");
  const office = useTranslations("internOffice");
  const errors = useTranslations("internOffice.lists.errors");
  const { catalogSchemas, catalogFormSchema } = useMemo(() => catalogAdminSchemas(errors), [errors]);
  const editing = itemId !== undefined;
  const fields = Object.keys(catalogSchemas[kind].shape) as Field[];
  const labels = Object.fromEntries(fields.map((f) => [f, m(`fields.${f}`)]));
  return (
    <ServerForm
      action={editing ? updateCatalogItemAction.bind(null, kind) : addCatalogItemAction.bind(null, kind)}
      schema={catalogFormSchema(kind, editing)}
      labels={labels}
      submitLabel={editing ? m("editSubmit") : m("addSubmit")}
      initialValues={editing ? { ...initialValues, itemId: String(itemId) } : initialValues}
    >
      {(f) => (
        <>
          {editing && <input type="hidden" {...f.register("itemId")} value={String(itemId)} />}
          {fields.map((name) =>
            name === "stepFree" ? (
              <CheckboxField key={name} label={m(`fields.${name}`)} error={f.error(name)} defaultChecked={f.checked(name)} {...f.register(name)} />
            ) : (
              <TextField
                key={name}
                label={m(`fields.${name}`)}
                optionalLabel={optionalFields.includes(name) ? office("optional") : undefined}
                multiline={multiline.includes(name)}
                inputMode={name === "postalCode" ? "numeric" : undefined}
                error={f.error(name)}
                defaultValue={f.text(name)}
                {...f.register(name)}
              />
            ),
          )}
        </>
      )}
    </ServerForm>
  );
}
