"use client";

import { useActionState } from "react";
import { useTexts } from "@/lib/i18n/texts-context";
import type { ManageFormState } from "@/app/(public)/anmeldung/[token]/actions";
import { answerKey } from "@/lib/registrations/answer-key";
import type { QuestionForForm } from "@/lib/registrations/schemas";
import { ChoiceGroup, TextField } from "@/components/forms/fields";

/** Phone and answers, changeable by the person; works without JavaScript. Texts: "registration". */
export function ManageEditForm({ action, questions, phone, answers }: { action: (s: ManageFormState, f: FormData) => Promise<ManageFormState>; questions: QuestionForForm[]; phone: string; answers: Record<string, unknown> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values = state.values ?? { phone, answers };
  const given = (values.answers ?? {}) as Record<string, unknown>;
  const errors = state.errors ?? {};
  const m = useTexts("registration");
  return (
    <form action={formAction} noValidate>
      {state.message && (
        <p role={state.status === "saved" ? "status" : "alert"} className={`mb-4 border-l-8 bg-soft p-3 font-semibold ${state.status === "saved" ? "border-ok" : "border-accent"}`}>
          {state.message}
        </p>
      )}
      <TextField name="phone" label={m("fields.phone")} optionalLabel={m("optional")} hint={m("fields.phoneHint")} error={errors.phone} type="tel" autoComplete="tel" defaultValue={String(values.phone ?? "")} />
      {questions.map((q) => {
        const name = `answers.${answerKey(q.id)}`;
        const value = given[answerKey(q.id)];
        const common = { name, label: q.label, hint: q.help ?? undefined, error: errors[name], optionalLabel: q.required ? undefined : m("optional") };
        if (q.kind === "short_text" || q.kind === "long_text") return <TextField key={q.id} {...common} multiline={q.kind === "long_text"} defaultValue={typeof value === "string" ? value : ""} />;
        const options = q.kind === "yes_no" ? [{ value: "ja", label: m("fields.yes") }, { value: "nein", label: m("fields.no") }] : q.options.map((o) => ({ value: o, label: o }));
        return (
          <ChoiceGroup key={q.id} {...common} type={q.kind === "multiple_choice" ? "checkbox" : "radio"} options={options} isChecked={(v) => (Array.isArray(value) ? value.includes(v) : value === v)} inputProps={() => ({})} />
        );
      })}
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {m("manage.save")}
      </button>
    </form>
  );
}
