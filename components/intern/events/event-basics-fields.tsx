"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { type EventFormApi } from "./event-form-api";
import { FormSection } from "./form-section";
import { basicsSummary } from "@/lib/event-admin/editor-section-summaries";

/** Title, texts, format, organisation (the office only): required, so the part is always open. */
export function EventBasicsFields({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const reg = (name: string) => f.form.register(name);
  const formatName = f.options.formats.find((o) => String(o.id) === String(f.live.formatId ?? ""))?.name;
  return (
    <FormSection id="grundlagen" title={m("sections.basics")} summary={basicsSummary(f.live, formatName, m)} open>
      <TextField label={t("title")} error={f.error("title")} defaultValue={f.text("title")} maxLength={150} {...reg("title")} />
      <TextField label={t("summary")} hint={t("summaryHint")} error={f.error("summary")} defaultValue={f.text("summary")} multiline rows={2} {...reg("summary")} />
      <TextField label={t("titleEn")} optionalLabel={m("optional")} hint={t("englishHint")} lang="en" error={f.error("titleEn")} defaultValue={f.text("titleEn")} maxLength={150} {...reg("titleEn")} />
      <TextField label={t("summaryEn")} optionalLabel={m("optional")} lang="en" error={f.error("summaryEn")} defaultValue={f.text("summaryEn")} multiline rows={2} {...reg("summaryEn")} />
      <TextField label={t("description")} error={f.error("description")} defaultValue={f.text("description")} multiline rows={8} {...reg("description")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {/* A disabled select posts nothing: the hidden field carries the (unchanged) format. */}
        {f.formatLocked && <input type="hidden" name="formatId" value={f.text("formatId")} />}
        <SelectField
          label={t("format")}
          hint={f.formatLocked ? m("formatLockedHint") : undefined}
          error={f.error("formatId")}
          defaultValue={f.text("formatId")}
          {...(f.formatLocked ? { name: "formatId", disabled: true } : reg("formatId"))}
        >
          <option value="">{t("formatChoose")}</option>
          {f.options.formats.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {f.options.chooseOrganisation && (
          <SelectField label={t("organisation")} error={f.error("organisationId")} defaultValue={f.text("organisationId")} {...reg("organisationId")}>
            {f.options.organisations.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
    </FormSection>
  );
}
