"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { duplicateEventAction } from "@/app/intern/veranstaltungen/actions";
import { duplicateFormSchemas } from "@/lib/event-admin/duplicate-form-schema";
import { TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";


/** Copy an event as a new draft, optionally moved to a new first day. */
export function DuplicateForm({ eventId }: { eventId: number }) {
  const m = useTranslations("internEvents.duplicate");
  const form = useTranslations("internEvents.form");
  const errors = useTranslations("internEvents.form.errors");
  const { duplicateFormSchema } = useMemo(() => duplicateFormSchemas(errors), [errors]);
  return (
    <ServerForm action={duplicateEventAction} schema={duplicateFormSchema} labels={{ firstDate: m("firstDate") }} submitLabel={m("submit")} initialValues={{ eventId }}>
      {(f) => (
        <>
          <input type="hidden" name="eventId" value={eventId} />
          <TextField label={m("firstDate")} optionalLabel={form("optional")} hint={m("firstDateHint")} type="date" error={f.error("firstDate")} defaultValue={f.text("firstDate")} {...f.register("firstDate")} />
        </>
      )}
    </ServerForm>
  );
}
