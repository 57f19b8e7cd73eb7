"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { repeatModes } from "@/lib/event-admin/event-form-schema";
import { type EventFormApi } from "./event-form-api";
import { FormChoices } from "./form-choices";
import { FormSection } from "./form-section";
import { seriesFilled, seriesSummary } from "@/lib/event-admin/editor-section-summaries";

const PICKED_DAYS = 4;

/** Only when creating: repeat weekly or monthly N times, or on picked days, as linked drafts. */
export function EventSeriesFields({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const reg = (name: string) => f.form.register(name);
  return (
    <FormSection id="reihe" title={m("sections.series")} summary={seriesSummary(f.live, m)} open={seriesFilled(f.start) || f.hasError("repeat", "repeatCount", "repeatDates")}>
      <FormChoices f={f} name="repeat" type="radio" label={t("repeat")} hint={t("repeatHint")} options={repeatModes.map((mode) => ({ value: mode, label: t(`repeatModes.${mode}`) }))} />
      <TextField label={t("repeatCount")} optionalLabel={m("optional")} hint={t("repeatCountHint")} inputMode="numeric" error={f.error("repeatCount")} defaultValue={f.text("repeatCount")} {...reg("repeatCount")} />
      <p className="mb-3 text-sm text-muted">{t("repeatDatesHint")}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {Array.from({ length: PICKED_DAYS }, (_, i) => (
          <TextField key={i} label={t("repeatDate", { n: String(i + 1) })} optionalLabel={m("optional")} type="date" error={f.error(`repeatDates.${i}`)} defaultValue={f.text(`repeatDates.${i}`)} {...reg(`repeatDates.${i}`)} />
        ))}
      </div>
    </FormSection>
  );
}
