"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { addParticipantAction } from "@/app/intern/veranstaltungen/[id]/teilnehmende/actions";
import { participantSchemas } from "@/lib/participants/schemas";
import { SelectField, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";

/** A phone registration: name, optional e-mail, phone, initiative and a note for staff. */
export function AddParticipantForm({ eventId, initiatives }: { eventId: number; initiatives: { id: number; name: string }[] }) {
  const m = useTranslations("internParticipants.add");
  const errors = useTranslations("internParticipants.errors");
  const { addParticipantSchema } = useMemo(() => participantSchemas(errors), [errors]);
  const labels = {
    firstName: m("firstName"),
    lastName: m("lastName"),
    email: m("email"),
    phone: m("phone"),
    initiative: m("initiative"),
    initiativeOther: m("initiativeOther"),
    accessibilityNeeds: m("accessibilityNeeds"),
    note: m("note"),
  };
  return (
    <ServerForm action={addParticipantAction} schema={addParticipantSchema} labels={labels} submitLabel={m("submit")} initialValues={{ eventId: String(eventId), initiative: "keine" }}>
      {(f) => (
        <>
          <input type="hidden" value={String(eventId)} {...f.register("eventId")} />
          <TextField label={m("firstName")} autoComplete="off" error={f.error("firstName")} defaultValue={f.text("firstName")} {...f.register("firstName")} />
          <TextField label={m("lastName")} autoComplete="off" error={f.error("lastName")} defaultValue={f.text("lastName")} {...f.register("lastName")} />
          <TextField label={m("email")} optionalLabel={m("optional")} hint={m("emailHint")} type="email" inputMode="email" spellCheck={false} autoComplete="off" error={f.error("email")} defaultValue={f.text("email")} {...f.register("email")} />
          <TextField label={m("phone")} optionalLabel={m("optional")} type="tel" autoComplete="off" error={f.error("phone")} defaultValue={f.text("phone")} {...f.register("phone")} />
          <SelectField label={m("initiative")} error={f.error("initiative")} defaultValue={f.text("initiative") || "keine"} {...f.register("initiative")}>
            <option value="keine">{m("initiativeNone")}</option>
            {initiatives.map((i) => (
              <option key={i.id} value={String(i.id)}>
                {i.name}
              </option>
            ))}
            <option value="andere">{m("initiativeOtherOption")}</option>
          </SelectField>
          <TextField label={m("initiativeOther")} optionalLabel={m("optional")} error={f.error("initiativeOther")} defaultValue={f.text("initiativeOther")} {...f.register("initiativeOther")} />
          <TextField label={m("accessibilityNeeds")} optionalLabel={m("optional")} multiline error={f.error("accessibilityNeeds")} defaultValue={f.text("accessibilityNeeds")} {...f.register("accessibilityNeeds")} />
          <TextField label={m("note")} optionalLabel={m("optional")} hint={m("noteHint")} multiline error={f.error("note")} defaultValue={f.text("note")} {...f.register("note")} />
        </>
      )}
    </ServerForm>
  );
}
