"use client";

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { flattenFormErrors, type FormState } from "@/lib/forms/form-state";
import { FormBody } from "./form-body";
import { formApi, type FormApi } from "./form-api";
import { useErrorAnnouncement } from "./use-error-announcement";
import { useMinimumFillTime } from "./use-minimum-fill-time";


type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The same zod schema the server action uses; checked in the browser first. */
  schema?: z.ZodType;
  /** Field labels for the error summary. */
  labels: Record<string, string>;
  submitLabel: string;
  initialValues?: Record<string, unknown>;
  /** Extra classes for the submit button (e.g. "btn-secondary"). */
  submitClassName?: string;
  /** For the public forms with spam protection: with JavaScript, wait out the minimum fill time. */
  minFillMs?: number;
  children: (api: FormApi) => ReactNode;
};

/**
 * A form that posts to a server action and works the same without JavaScript. With JavaScript,
 * react-hook-form checks the zod schema first and moves focus to the first problem; the server's
 * answer comes back with every field error next to its field and everything typed kept.
 * Its own texts come from the "common" area: the page wraps it in <ClientMessages> with "common"
 * (the signed-in area's layout does so for all its forms).
 */
export function ServerForm({ action, schema, labels, submitLabel, initialValues = {}, submitClassName = "", minFillMs = 0, children }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.values ?? initialValues;
  const form = useForm<FieldValues>({
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<FieldValues>) : undefined,
    defaultValues: values,
    // Focus goes to the error summary instead (useErrorAnnouncement).
    shouldFocusError: false,
  });
  const clientErrors = flattenFormErrors(form.formState.errors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : (state.errors ?? {});
  useErrorAnnouncement(formRef, Object.keys(errors).length, form.formState.submitCount);
  const { waiting, sendAfterMinimum } = useMinimumFillTime(minFillMs);

  // After a server answer, put the typed values back and move focus to the message or the summary.
  useEffect(() => {
    if (state.status === "idle") return;
    form.reset(state.values ?? initialValues);
    formRef.current?.querySelector<HTMLElement>("[data-error-summary], [data-form-message]")?.focus();
    // initialValues is a fresh object per render of the parent; only a new answer matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, form]);

  const api = formApi({ register: (name) => form.register(name), errors, values, pending });

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        if (!schema) return;
        event.preventDefault();
        void form.handleSubmit(() => {
          sendAfterMinimum(() => startTransition(() => formAction(new FormData(formRef.current!))));
        })(event);
      }}
    >
      <FormBody state={state} errors={errors} labels={labels} pending={pending} waiting={waiting} minFillMs={minFillMs} submitLabel={submitLabel} submitClassName={submitClassName}>
        {children(api)}
      </FormBody>
    </form>
  );
}
