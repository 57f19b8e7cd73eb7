"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { answerKey } from "@/lib/registrations/answer-key";
import type { QuestionForForm } from "@/lib/registrations/schemas";
import type { RegistrationFormState } from "@/lib/registrations/form-state";
import { CheckboxField, ChoiceGroup, ErrorSummary, TextField } from "@/components/forms/fields";
import { personFieldLabels } from "@/components/forms/person-field-labels";
import { InitiativeQuestion } from "@/components/forms/initiative-question";
import { useErrorAnnouncement } from "@/components/forms/use-error-announcement";
import { useMinimumFillTime } from "@/components/forms/use-minimum-fill-time";
import { useLazyFormCheck } from "@/components/forms/use-lazy-form-check";
import { useLocalHref } from "@/components/forms/use-local-href";

type Values = Record<string, unknown> & { answers?: Record<string, unknown> };
type Props = {
  action: (state: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
  questions: QuestionForForm[];
  initiatives: { id: number; name: string }[];
  startedToken: string;
  waitlist: boolean;
  honeypotField: string;
  startedField: string;
  /** The spam protection's minimum fill time; with JavaScript the form waits it out by itself. */
  minFillMs: number;
};

/**
 * The registration form. It posts to the server action and works the same without JavaScript;
 * with JavaScript, react-hook-form checks the same zod schema first and moves focus to the first
 * problem. The check's code (zod, react-hook-form, the schema) loads when the person first focuses a
 * field (useLazyFormCheck); a send before it arrived goes to the server unchecked. Server errors
 * come back with everything typed.
 * (The form is hydrated with the page, not on the first focus: rendering it afresh then would
 * replace the field a person just tapped, and a phone would close its keyboard.)
 * Texts: "registration" and "common".
 */
export function RegistrationForm({ action, questions, initiatives, startedToken, waitlist, honeypotField, startedField, minFillMs }: Props) {
  const m = useTexts("registration");
  const f = useTexts("registration.fields");
  const tErrors = useTexts("registration.errors");
  const tForms = useTexts("common.forms");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const href = useLocalHref();
  const formRef = useRef<HTMLFormElement>(null);
  const values: Values = state.values ?? {};
  const answers = (values.answers ?? {}) as Record<string, unknown>;
  // Focus goes to the error summary, not the first field (useErrorAnnouncement).
  const form = useLazyFormCheck(
    formRef,
    () => import("./registration-validation").then((m) => m.registrationResolver(questions, initiatives, tErrors)),
    [startedField, honeypotField],
  );
  const errors = Object.keys(form.errors).length > 0 ? form.errors : (state.errors ?? {});
  useErrorAnnouncement(formRef, Object.keys(errors).length, form.submitCount);
  const { waiting, sendAfterMinimum } = useMinimumFillTime(minFillMs);

  // A field focused before the page's script arrived: the check loads now.
  useEffect(() => {
    if (formRef.current?.contains(document.activeElement)) form.load();
    // Once, when the form arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After a server answer with problems, put the typed values back and move focus to the summary.
  useEffect(() => {
    if (state.status === "idle") return;
    form.reset(state.values ?? {});
    formRef.current?.querySelector<HTMLElement>("[data-error-summary], [data-form-message]")?.focus();
    // Only a new answer matters; `form` is a fresh object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const labels: Record<string, string> = {
    ...personFieldLabels(f),
    accessibilityNeeds: f("accessibilityNeeds"),
    consent: f("consentShort"),
    ...Object.fromEntries(questions.map((q) => [`answers.${answerKey(q.id)}`, q.label])),
  };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onFocus={form.load}
      onSubmit={(event) => form.submit(event, () => sendAfterMinimum(() => startTransition(() => formAction(new FormData(formRef.current!)))))}
    >
      <ErrorSummary
        title={m("errors.summary")}
        intro={m("errors.summaryIntro")}
        errors={errors}
        labels={labels}
        autoFocus={state.status === "error" && !!state.errors}
      />
      {state.message && !state.errors && (
        <div role="alert" tabIndex={-1} data-form-message autoFocus className="mb-6 border-l-8 border-accent bg-soft p-4">
          <p className="font-semibold">{state.message}</p>
          {state.link && (
            <p className="mt-2">
              <a href={href(state.link.href)} className="inline-flex min-h-11 items-center">
                {state.link.label}
              </a>
            </p>
          )}
        </div>
      )}
      <p className="mb-4 text-sm text-muted">{m("requiredNote")}</p>
      <input type="hidden" name={startedField} value={state.startedToken ?? startedToken} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="feld-zusatzangabe">{f("honeypot")}</label>
        <input id="feld-zusatzangabe" type="text" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={f("firstName")} error={errors.firstName} autoComplete="given-name" defaultValue={text("firstName")} {...form.register("firstName")} />
        <TextField label={f("lastName")} error={errors.lastName} autoComplete="family-name" defaultValue={text("lastName")} {...form.register("lastName")} />
      </div>
      <TextField label={f("email")} hint={f("emailHint")} error={errors.email} type="email" autoComplete="email" inputMode="email" spellCheck={false} defaultValue={text("email")} {...form.register("email")} />
      <TextField label={f("phone")} optionalLabel={m("optional")} hint={f("phoneHint")} error={errors.phone} type="tel" autoComplete="tel" defaultValue={text("phone")} {...form.register("phone")} />
      <InitiativeQuestion initiatives={initiatives} register={(name) => form.register(name)} error={(name) => errors[name]} text={text} />
      <TextField label={f("accessibilityNeeds")} optionalLabel={m("optional")} hint={f("accessibilityNeedsHint")} error={errors.accessibilityNeeds} multiline defaultValue={text("accessibilityNeeds")} {...form.register("accessibilityNeeds")} />
      {questions.length > 0 && (
        <section aria-labelledby="fragen-heading" className="mt-2">
          <h3 id="fragen-heading" className="mb-3 text-lg font-bold">
            {f("questionsHeading")}
          </h3>
          {questions.map((q) => {
            const name = `answers.${answerKey(q.id)}`;
            const given = answers[answerKey(q.id)];
            const common = { label: q.label, hint: q.help ?? undefined, error: errors[name], optionalLabel: q.required ? undefined : m("optional") };
            if (q.kind === "short_text" || q.kind === "long_text") {
              return <TextField key={q.id} {...common} multiline={q.kind === "long_text"} defaultValue={typeof given === "string" ? given : ""} {...form.register(name)} />;
            }
            const options = q.kind === "yes_no" ? [{ value: "ja", label: f("yes") }, { value: "nein", label: f("no") }] : q.options.map((o) => ({ value: o, label: o }));
            return (
              <ChoiceGroup
                key={q.id}
                {...common}
                name={name}
                type={q.kind === "multiple_choice" ? "checkbox" : "radio"}
                options={options}
                isChecked={(v) => (Array.isArray(given) ? given.includes(v) : given === v)}
                inputProps={() => {
                  const { name: _n, ...rest } = form.register(name);
                  void _n;
                  return rest;
                }}
              />
            );
          })}
        </section>
      )}
      <CheckboxField
        label={
          <>
            {/* The sentence around the link; the raw text keeps "{link}" where the link goes. */}
            {f.raw("consent").split("{link}")[0]}
            <a href={href("/datenschutz")} target="_blank" rel="noopener">
              {f("consentLink")}
            </a>
            {f.raw("consent").split("{link}")[1]}
          </>
        }
        error={errors.consent}
        defaultChecked={values.consent === true}
        {...form.register("consent")}
      />
      <button type="submit" className="btn mt-2" disabled={pending || waiting} aria-describedby={pending || waiting ? "senden-status" : undefined}>
        {waitlist ? m("submitWaitlist") : m("submit")}
      </button>
      <p id="senden-status" role="status" className="mt-2 text-sm">
        {pending ? m("submitting") : waiting ? tForms("waitingToSend") : ""}
      </p>
    </form>
  );
}
