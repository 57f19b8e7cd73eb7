"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { messageParticipantsAction } from "@/app/intern/veranstaltungen/[id]/teilnehmende/actions";
import { participantSchemas } from "@/lib/participants/schemas";
import { CheckboxField, ChoiceGroup, TextField } from "@/components/forms/fields";
import { ServerForm } from "@/components/forms/server-form";

type Person = { id: number; name: string; statusLabel: string };

/** Subject and text to all confirmed, all waiting, or the selected people (with an address). */
export function MessageForm({ eventId, counts, people }: { eventId: number; counts: { confirmed: number; waitlisted: number }; people: Person[] }) {
  const m = useTranslations("internParticipants.message");
  const errors = useTranslations("internParticipants.errors");
  const { participantMessageSchema } = useMemo(() => participantSchemas(errors), [errors]);
  const labels = { recipients: m("recipients"), registrationIds: m("people"), subject: m("subject"), text: m("text"), confirm: m("confirm") };
  return (
    <ServerForm action={messageParticipantsAction} schema={participantMessageSchema} labels={labels} submitLabel={m("submit")} initialValues={{ eventId: String(eventId), recipients: "confirmed", registrationIds: [] }}>
      {(f) => {
        const selected = (v: string) => [f.values.registrationIds].flat().map(String).includes(v);
        return (
          <>
            <input type="hidden" value={String(eventId)} {...f.register("eventId")} />
            <ChoiceGroup
              name="recipients"
              type="radio"
              label={m("recipients")}
              error={f.error("recipients")}
              options={[
                { value: "confirmed", label: m("recipientsConfirmed", { count: String(counts.confirmed) }) },
                { value: "waitlisted", label: m("recipientsWaitlisted", { count: String(counts.waitlisted) }) },
                { value: "selected", label: m("recipientsSelected") },
              ]}
              inputProps={() => f.register("recipients")}
              isChecked={(v) => (f.text("recipients") || "confirmed") === v}
            />
            {people.length > 0 && (
              <ChoiceGroup
                name="registrationIds"
                type="checkbox"
                label={m("people")}
                hint={m("peopleHint")}
                error={f.error("registrationIds")}
                options={people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.statusLabel})` }))}
                inputProps={() => f.register("registrationIds")}
                isChecked={selected}
              />
            )}
            <TextField label={m("subject")} error={f.error("subject")} defaultValue={f.text("subject")} {...f.register("subject")} />
            <TextField label={m("text")} multiline rows={8} error={f.error("text")} defaultValue={f.text("text")} {...f.register("text")} />
            <CheckboxField label={m("confirm")} error={f.error("confirm")} defaultChecked={f.checked("confirm")} {...f.register("confirm")} />
          </>
        );
      }}
    </ServerForm>
  );
}
