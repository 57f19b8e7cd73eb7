"use client";

import { SelectField, TextField } from "@/components/forms/fields";
import { fieldsText as t, m, type EventFormApi } from "./event-form-api";
import { FormChoices } from "./form-choices";
import { FormSection } from "./form-section";

/** Title, texts, format, organisation (the office only), trainer, target group, topics, languages. */
export function EventBasicsFields({ f }: { f: EventFormApi }) {
  const reg = (name: string) => f.form.register(name);
  return (
    <FormSection id="grundlagen" title={m.sections.basics}>
      <TextField label={t.title} error={f.error("title")} defaultValue={f.text("title")} maxLength={150} {...reg("title")} />
      <TextField label={t.summary} hint={t.summaryHint} error={f.error("summary")} defaultValue={f.text("summary")} multiline rows={2} {...reg("summary")} />
      <TextField label={t.description} error={f.error("description")} defaultValue={f.text("description")} multiline rows={8} {...reg("description")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {/* A disabled select posts nothing: the hidden field carries the (unchanged) format. */}
        {f.formatLocked && <input type="hidden" name="formatId" value={f.text("formatId")} />}
        <SelectField
          label={t.format}
          hint={f.formatLocked ? m.formatLockedHint : undefined}
          error={f.error("formatId")}
          defaultValue={f.text("formatId")}
          {...(f.formatLocked ? { name: "formatId", disabled: true } : reg("formatId"))}
        >
          <option value="">{t.formatChoose}</option>
          {f.options.formats.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {f.options.chooseOrganisation && (
          <SelectField label={t.organisation} error={f.error("organisationId")} defaultValue={f.text("organisationId")} {...reg("organisationId")}>
            {f.options.organisations.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={t.trainer} optionalLabel={m.optional} error={f.error("trainer")} defaultValue={f.text("trainer")} {...reg("trainer")} />
        <TextField label={t.targetGroup} optionalLabel={m.optional} hint={t.targetGroupHint} error={f.error("targetGroup")} defaultValue={f.text("targetGroup")} {...reg("targetGroup")} />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormChoices f={f} name="topicIds" type="checkbox" label={t.topics} optional options={f.options.topics.map((o) => ({ value: String(o.id), label: o.name }))} />
        <FormChoices f={f} name="languages" type="checkbox" label={t.languages} optional options={f.options.languages.map((o) => ({ value: o.code, label: o.name }))} />
      </div>
    </FormSection>
  );
}
