"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { type EventFormApi } from "./event-form-api";
import { FormSection } from "./form-section";
import { registrationOptionsChanged, registrationSummary } from "@/lib/event-admin/editor-section-summaries";

const optionNames = ["opensDate", "opensTime", "closesDate", "closesTime", "reminderEnabled", "certificateThresholdPercent", "openAfterStart"];

/** Capacity, the registration window (local date and time), the reminder, the share of sessions for a certificate and (for supervision groups) openness after the start. */
export function EventRegistrationFields({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const reg = (name: string) => f.form.register(name);
  const input = (name: string, label: string, type: "date" | "time") => (
    <TextField label={label} optionalLabel={m("optional")} type={type} error={f.error(name)} defaultValue={f.text(name)} {...reg(name)} />
  );
  return (
    <FormSection id="anmeldung" title={m("sections.registration")} summary={registrationSummary(f.live, m)} open>
      <TextField label={t("capacity")} inputMode="numeric" error={f.error("capacity")} defaultValue={f.text("capacity")} {...reg("capacity")} />
      {/* The finer settings keep their defaults for most events: folded unless changed or wrong. */}
      <details open={registrationOptionsChanged(f.start) || f.hasError(...optionNames)} className="mb-5" data-section="anmeldung-optionen">
        <summary className="mb-2 cursor-pointer py-2 font-semibold">{m("summary.registrationOptions")}</summary>
        <p className="mb-3 text-sm text-muted">{t("windowHint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {input("opensDate", t("opensDate"), "date")}
          {input("opensTime", t("opensTime"), "time")}
          {input("closesDate", t("closesDate"), "date")}
          {input("closesTime", t("closesTime"), "time")}
        </div>
        <CheckboxField label={t("reminder")} defaultChecked={f.checked("reminderEnabled")} {...reg("reminderEnabled")} />
        <TextField
          label={t("certificateThreshold")}
          hint={t("certificateThresholdHint")}
          inputMode="numeric"
          error={f.error("certificateThresholdPercent")}
          defaultValue={f.text("certificateThresholdPercent")}
          {...reg("certificateThresholdPercent")}
        />
        {/* Shown for every event; it only matters for supervision groups, as the hint says. */}
        <p id="open-after-start-hint" className="mb-1 text-sm text-muted">
          {t("openAfterStartHint")}
        </p>
        <CheckboxField label={t("openAfterStart")} aria-describedby="open-after-start-hint" defaultChecked={f.checked("openAfterStart")} {...reg("openAfterStart")} />
      </details>
    </FormSection>
  );
}
