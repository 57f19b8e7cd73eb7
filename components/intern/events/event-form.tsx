"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm, useWatch, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ErrorSummary, fieldId } from "@/components/forms/fields";
import { eventFormSchemas } from "@/lib/event-admin/event-form-schema";
import type { EventFormOptions } from "@/lib/event-admin/event-form-options";
import { flattenFormErrors, type FormState } from "@/lib/forms/form-state";
import { labelFor, valueAt, type EventFormApi } from "./event-form-api";
import { EventBasicsFields } from "./event-basics-fields";
import { EventMoreFields } from "./event-more-fields";
import { EventPlaceFields } from "./event-place-fields";
import { EventSessionRows } from "./event-session-rows";
import { EventRegistrationFields } from "./event-registration-fields";
import { EventQuestionRows } from "./event-question-rows";
import { EventSeriesFields } from "./event-series-fields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  mode: "create" | "edit";
  eventId?: number;
  options: EventFormOptions;
  initialValues: Record<string, unknown>;
  /** Somebody registered: the format is shown but cannot be changed (the data layer refuses it too). */
  formatLocked?: boolean;
};

/** Opens every <details> (and the ones around it) that holds a field with an error, so that focus can reach it. */
function openPartsWithErrors(form: HTMLFormElement | null, invalid: FieldErrors) {
  if (!form) return;
  for (const name of Object.keys(flattenFormErrors(invalid))) {
    let part = (form.querySelector(`#${fieldId(name)}`) ?? form.querySelector(`[name="${CSS.escape(name)}"]`))?.closest("details");
    while (part) {
      part.open = true;
      part = part.parentElement?.closest("details");
    }
  }
}

/**
 * The one form for creating and editing an event. It posts to a server action and works the same
 * without JavaScript (spare empty rows for sessions and questions); with JavaScript react-hook-form
 * checks the same zod schema first, and rows can be added, removed and reordered in place.
 */
export function EventForm({ action, mode, eventId, options, initialValues, formatLocked = false }: Props) {
  const m = useTranslations("internEvents.form");
  const fieldsText = useTranslations("internEvents.form.fields");
  const common = useTranslations("common");
  const errorTexts = useTranslations("internEvents.form.errors");
  const { eventFormSchema } = useMemo(() => eventFormSchemas(errorTexts), [errorTexts]);
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.values ?? initialValues;
  const form = useForm<FieldValues>({
    resolver: zodResolver(eventFormSchema as never) as unknown as Resolver<FieldValues>,
    defaultValues: values,
    shouldFocusError: true,
  });
  const live = useWatch({ control: form.control }) as Record<string, unknown>;
  const clientErrors = flattenFormErrors(form.formState.errors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : (state.errors ?? {});

  // After a server answer, put the typed values back and move focus to the summary or message.
  useEffect(() => {
    if (state.status === "idle") return;
    form.reset(state.values ?? initialValues);
    formRef.current?.querySelector<HTMLElement>("[data-error-summary], [data-form-message]")?.focus();
    // initialValues is a fresh object per render of the page; only a new answer matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, form]);

  const api: EventFormApi = {
    form,
    error: (name) => errors[name],
    text: (name) => {
      const v = valueAt(values, name);
      return v === null || v === undefined || typeof v === "boolean" ? "" : String(v);
    },
    checked: (name) => {
      const v = valueAt(values, name);
      return v === true || v === "on" || v === "true";
    },
    has: (name, value) => {
      const v = valueAt(values, name);
      return Array.isArray(v) ? v.map(String).includes(value) : v === value;
    },
    options,
    formatLocked,
    hasError: (...names) => Object.keys(errors).some((key) => names.some((name) => key === name || key.startsWith(`${name}.`))),
    start: values,
    live,
  };
  const labels = Object.fromEntries(Object.keys(errors).map((name) => [name, labelFor(name, fieldsText, m("sections.sessions"))]));

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit(
          () => {
            startTransition(() => formAction(new FormData(formRef.current!)));
          },
          // Before react-hook-form moves focus to the first problem: open the folded parts that hold one.
          (invalid) => openPartsWithErrors(formRef.current, invalid),
        )(event);
      }}
    >
      <ErrorSummary title={common("forms.summaryTitle")} intro={common("forms.summaryIntro")} errors={errors} labels={labels} autoFocus={state.status === "error" && !!state.errors} />
      {state.message && !state.errors && (
        <div role="alert" tabIndex={-1} data-form-message className="mb-6 border-l-8 border-accent bg-soft p-4">
          <p className="font-semibold">{state.message}</p>
        </div>
      )}
      <p className="mb-6 text-sm text-muted">{m("requiredNote")}</p>
      {eventId !== undefined && <input type="hidden" name="eventId" value={eventId} />}
      <EventBasicsFields f={api} />
      <EventMoreFields f={api} />
      <EventPlaceFields f={api} />
      <EventSessionRows f={api} />
      <EventRegistrationFields f={api} />
      <EventQuestionRows f={api} />
      {mode === "create" && <EventSeriesFields f={api} />}
      <button type="submit" className="btn mt-4" disabled={pending} aria-disabled={pending}>
        {pending ? m("sending") : mode === "create" ? m("submitNew") : m("submitEdit")}
      </button>
    </form>
  );
}
