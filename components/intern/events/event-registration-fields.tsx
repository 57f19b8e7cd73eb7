"use client";

import { CheckboxField, TextField } from "@/components/forms/fields";
import { fieldsText as t, m, type EventFormApi } from "./event-form-api";
import { FormSection } from "./form-section";

/** Capacity, the registration window (local date and time) and the reminder. */
export function EventRegistrationFields({ f }: { f: EventFormApi }) {
  const reg = (name: string) => f.form.register(name);
  const input = (name: string, label: string, type: "date" | "time") => (
    <TextField label={label} optionalLabel={m.optional} type={type} error={f.error(name)} defaultValue={f.text(name)} {...reg(name)} />
  );
  return (
    <FormSection id="anmeldung" title={m.sections.registration}>
      <TextField label={t.capacity} inputMode="numeric" error={f.error("capacity")} defaultValue={f.text("capacity")} {...reg("capacity")} />
      <p className="mb-3 text-sm text-muted">{t.windowHint}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {input("opensDate", t.opensDate, "date")}
        {input("opensTime", t.opensTime, "time")}
        {input("closesDate", t.closesDate, "date")}
        {input("closesTime", t.closesTime, "time")}
      </div>
      <CheckboxField label={t.reminder} defaultChecked={f.checked("reminderEnabled")} {...reg("reminderEnabled")} />
    </FormSection>
  );
}
