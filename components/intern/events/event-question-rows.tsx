"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { questionKinds } from "@/lib/event-admin/event-form-schema";
import { useHydrated, type EventFormApi } from "./event-form-api";
import { FormSection } from "./form-section";
import { questionsFilled, questionsSummary } from "@/lib/event-admin/editor-section-summaries";


/**
 * The extra registration questions, in the order shown. Existing questions are removed with a
 * checkbox (the server keeps answered ones, see lib/event-admin/event-questions-sync.ts); new rows
 * can be removed in place. With JavaScript, rows move up and down.
 */
export function EventQuestionRows({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const { fields, append, remove, move } = useFieldArray({ control: f.form.control, name: "questions" });
  const hydrated = useHydrated();
  return (
    <FormSection id="fragen" title={m("sections.questions")} summary={questionsSummary(f.live, m)} open={questionsFilled(f.start) || f.hasError("questions")}>
      <p className="mb-4 text-sm text-muted">{t("questionsHint")}</p>
      {fields.map((field, i) => {
        const name = (part: string) => `questions.${i}.${part}`;
        const existing = f.form.getValues(name("id")) || f.text(name("id"));
        return (
          <fieldset key={field.id} className="mb-6 border-l-4 border-line pl-4">
            <legend className="mb-2 font-semibold">{t("questionLegend", { n: String(i + 1) })}</legend>
            <input type="hidden" defaultValue={f.text(name("id"))} {...f.form.register(name("id"))} />
            <TextField label={t("questionLabel")} error={f.error(name("label"))} defaultValue={f.text(name("label"))} {...f.form.register(name("label"))} />
            <SelectField label={t("questionKind")} error={f.error(name("kind"))} defaultValue={f.text(name("kind")) || "short_text"} {...f.form.register(name("kind"))}>
              {questionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t("questionOptions")} optionalLabel={m("optional")} hint={t("questionOptionsHint")} multiline rows={3} error={f.error(name("options"))} defaultValue={f.text(name("options"))} {...f.form.register(name("options"))} />
            <TextField label={t("questionHelp")} optionalLabel={m("optional")} error={f.error(name("help"))} defaultValue={f.text(name("help"))} {...f.form.register(name("help"))} />
            <CheckboxField label={t("questionRequired")} defaultChecked={f.checked(name("required"))} {...f.form.register(name("required"))} />
            {existing && <CheckboxField label={t("questionRemove")} error={f.error(name("remove"))} defaultChecked={f.checked(name("remove"))} {...f.form.register(name("remove"))} />}
            {hydrated && (
              <div className="mb-2 flex flex-wrap gap-3">
                {i > 0 && (
                  <button type="button" className="btn btn-secondary" onClick={() => move(i, i - 1)}>
                    {t("moveUp", { n: String(i + 1) })}
                  </button>
                )}
                {i < fields.length - 1 && (
                  <button type="button" className="btn btn-secondary" onClick={() => move(i, i + 1)}>
                    {t("moveDown", { n: String(i + 1) })}
                  </button>
                )}
                {!existing && (
                  <button type="button" className="btn btn-secondary" onClick={() => remove(i)}>
                    {t("removeQuestion", { n: String(i + 1) })}
                  </button>
                )}
              </div>
            )}
          </fieldset>
        );
      })}
      {hydrated && (
        <button type="button" className="btn btn-secondary" onClick={() => append({ id: "", label: "", help: "", kind: "short_text", options: "", required: false, remove: false })}>
          {t("addQuestion")}
        </button>
      )}
    </FormSection>
  );
}
