"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import type { FormState } from "@/lib/forms/form-state";
import { CheckboxField, ChoiceGroup, TextField } from "@/components/forms/fields";
import { personFieldLabels } from "@/components/forms/person-field-labels";
import { InitiativeQuestion } from "@/components/forms/initiative-question";
import { PublicForm } from "@/components/forms/public-form";
import { useLocalHref } from "@/components/forms/use-local-href";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initiatives: { id: number; name: string }[];
  startedToken: string;
  honeypotField: string;
  startedField: string;
  /** The spam protection's minimum fill time; with JavaScript the form waits it out by itself. */
  minFillMs: number;
};

/**
 * The application form of a supervision group. It posts to the server action and works the same
 * without JavaScript; with JavaScript the same zod schema is checked in the browser first (loaded on
 * the first focus, see PublicForm).
 * Texts: "registration", "supervision" and "common".
 */
export function ApplicationForm({ action, initiatives, startedToken, honeypotField, startedField, minFillMs }: Props) {
  const registration = useTexts("registration");
  const f = useTexts("registration.fields");
  const tErrors = useTexts("registration.errors");
  const a = useTexts("supervision.apply");
  const href = useLocalHref();
  const canAttendAllError = useTexts("supervision.errors")("canAttendAll");
  const loadResolver = () => import("./application-validation").then((m) => m.applicationResolver(initiatives, { errors: tErrors, canAttendAll: canAttendAllError }));
  const labels: Record<string, string> = {
    ...personFieldLabels(f),
    motivation: a("motivation"),
    canAttendAll: a("canAttendAll"),
    consent: f("consentShort"),
  };
  return (
    <PublicForm action={action} loadResolver={loadResolver} hiddenFields={[startedField, honeypotField]} labels={labels} submitLabel={a("submit")} minFillMs={minFillMs}>
      {(form) => (
        <>
          <p className="mb-4 text-sm text-muted">{registration("requiredNote")}</p>
          {/* Corrections keep the time the form was first shown (minimum fill time). */}
          <input type="hidden" name={startedField} value={form.text(startedField) || startedToken} />
          <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
            <label htmlFor="feld-zusatzangabe">{f("honeypot")}</label>
            <input id="feld-zusatzangabe" type="text" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField label={f("firstName")} error={form.error("firstName")} autoComplete="given-name" defaultValue={form.text("firstName")} {...form.register("firstName")} />
            <TextField label={f("lastName")} error={form.error("lastName")} autoComplete="family-name" defaultValue={form.text("lastName")} {...form.register("lastName")} />
          </div>
          <TextField label={f("email")} hint={f("emailHint")} error={form.error("email")} type="email" autoComplete="email" inputMode="email" spellCheck={false} defaultValue={form.text("email")} {...form.register("email")} />
          <TextField label={f("phone")} optionalLabel={registration("optional")} error={form.error("phone")} type="tel" autoComplete="tel" defaultValue={form.text("phone")} {...form.register("phone")} />
          <InitiativeQuestion initiatives={initiatives} register={form.register} error={form.error} text={form.text} />
          <TextField label={a("motivation")} optionalLabel={registration("optional")} hint={a("motivationHint")} error={form.error("motivation")} multiline rows={6} defaultValue={form.text("motivation")} {...form.register("motivation")} />
          <ChoiceGroup
            name="canAttendAll"
            label={a("canAttendAll")}
            error={form.error("canAttendAll")}
            type="radio"
            options={[
              { value: "ja", label: a("canAttendAllYes") },
              { value: "nein", label: a("canAttendAllNo") },
            ]}
            isChecked={(v) => form.text("canAttendAll") === v}
            inputProps={() => {
              const { name: _name, ...rest } = form.register("canAttendAll");
              void _name;
              return rest;
            }}
          />
          <CheckboxField
            label={
              <>
                {/* The sentence around the link; the raw text keeps "{link}" where the link goes. */}
                {a.raw("consent").split("{link}")[0]}
                <a href={href("/datenschutz")} target="_blank" rel="noopener">
                  {f("consentLink")}
                </a>
                {a.raw("consent").split("{link}")[1]}
              </>
            }
            error={form.error("consent")}
            defaultChecked={form.checked("consent")}
            {...form.register("consent")}
          />
        </>
      )}
    </PublicForm>
  );
}
