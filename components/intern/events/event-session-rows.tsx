"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { TextField } from "@/components/forms/fields";
import { useHydrated, type EventFormApi } from "./event-form-api";
import { FormSection } from "./form-section";
import { sessionsSummary } from "@/lib/event-admin/editor-section-summaries";


/** The sessions: date, start and end per row; spare rows without JavaScript, add and remove with it. */
export function EventSessionRows({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "sessions" });
  const hydrated = useHydrated();
  return (
    <FormSection id="termine" title={m("sections.sessions")} summary={sessionsSummary(f.live, m)} open>
      <p className="mb-4 text-sm text-muted">{t("sessionsHint")}</p>
      {f.error("sessions") && (
        <p id="feld-sessions" tabIndex={-1} className="mb-4 border-l-4 border-accent pl-3 font-semibold text-accent">
          {f.error("sessions")}
        </p>
      )}
      {fields.map((field, i) => {
        const name = (part: string) => `sessions.${i}.${part}`;
        return (
          <fieldset key={field.id} className="mb-4 border-l-4 border-line pl-4">
            <legend className="mb-2 font-semibold">{t("sessionLegend", { n: String(i + 1) })}</legend>
            {/* Which stored session this row is: it keeps its id (and its attendance) when others are removed. */}
            <input type="hidden" defaultValue={f.text(name("id"))} {...f.form.register(name("id"))} />
            <div className="grid gap-x-4 sm:grid-cols-3">
              <TextField label={t("sessionDate")} type="date" error={f.error(name("date"))} defaultValue={f.text(name("date"))} {...f.form.register(name("date"))} />
              <TextField label={t("sessionStart")} type="time" error={f.error(name("start"))} defaultValue={f.text(name("start"))} {...f.form.register(name("start"))} />
              <TextField label={t("sessionEnd")} type="time" error={f.error(name("end"))} defaultValue={f.text(name("end"))} {...f.form.register(name("end"))} />
            </div>
            {hydrated && fields.length > 1 && (
              <button type="button" className="btn btn-secondary mb-2" onClick={() => remove(i)}>
                {t("removeSession", { n: String(i + 1) })}
              </button>
            )}
          </fieldset>
        );
      })}
      {hydrated && (
        <button type="button" className="btn btn-secondary" onClick={() => append({ id: "", date: "", start: "", end: "" })}>
          {t("addSession")}
        </button>
      )}
    </FormSection>
  );
}
