"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { attendanceModes } from "@/lib/event-admin/event-form-schema";
import { type EventFormApi } from "./event-form-api";
import { FormChoices } from "./form-choices";
import { FormSection } from "./form-section";
import { newVenueFilled, placeSummary } from "@/lib/event-admin/editor-section-summaries";

/** In person, online or both; a venue from the list or a new one typed in place; the online link. */
export function EventPlaceFields({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const reg = (name: string) => f.form.register(name);
  const venueText = (field: string, label: string, optional = false) => (
    <TextField label={label} optionalLabel={optional ? m("optional") : undefined} error={f.error(`newVenue.${field}`)} defaultValue={f.text(`newVenue.${field}`)} {...reg(`newVenue.${field}`)} />
  );
  return (
    <FormSection id="ort" title={m("sections.place")} summary={placeSummary(f.live, f.options.venues.find((o) => String(o.id) === String(f.live.venueId ?? ""))?.name, m)} open>
      <FormChoices f={f} name="attendanceMode" type="radio" label={t("attendanceMode")} options={attendanceModes.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))} />
      <SelectField label={t("venue")} error={f.error("venueId")} defaultValue={f.text("venueId")} {...reg("venueId")}>
        <option value="">{t("venueChoose")}</option>
        {f.options.venues.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
        <option value="neu">{t("venueNew")}</option>
      </SelectField>
      {/* Typing in a new place is the exception: folded unless chosen, filled in or wrong. */}
      <details open={newVenueFilled(f.start) || f.live.venueId === "neu" || f.hasError("newVenue")} className="mb-5">
        <summary className="mb-2 cursor-pointer py-2 font-semibold">{t("newVenueHeading")}</summary>
        <fieldset className="mb-5 border-l-4 border-line pl-4">
          <legend className="sr-only">{t("newVenueHeading")}</legend>
          <p className="mb-3 text-sm text-muted">{t("newVenueHint")}</p>
          {venueText("name", t("venueName"))}
          {venueText("street", t("venueStreet"))}
          <div className="grid gap-x-4 sm:grid-cols-2">
            {venueText("postalCode", t("venuePostalCode"))}
            {venueText("city", t("venueCity"))}
          </div>
          {venueText("room", t("venueRoom"), true)}
          <CheckboxField label={t("venueStepFree")} defaultChecked={f.checked("newVenue.stepFree")} {...reg("newVenue.stepFree")} />
          <TextField label={t("venueAccessibility")} optionalLabel={m("optional")} multiline rows={3} error={f.error("newVenue.accessibilityNotes")} defaultValue={f.text("newVenue.accessibilityNotes")} {...reg("newVenue.accessibilityNotes")} />
        </fieldset>
      </details>
      <TextField label={t("onlineUrl")} hint={t("onlineUrlHint")} type="url" inputMode="url" spellCheck={false} error={f.error("onlineUrl")} defaultValue={f.text("onlineUrl")} {...reg("onlineUrl")} />
    </FormSection>
  );
}
