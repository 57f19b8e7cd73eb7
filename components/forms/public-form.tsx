"use client";

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { FormState } from "@/lib/forms/form-state";
import { formApi, type FormApi } from "./form-api";
import { FormBody } from "./form-body";
import { useErrorAnnouncement } from "./use-error-announcement";
import { useLazyFormCheck } from "./use-lazy-form-check";
import { useMinimumFillTime } from "./use-minimum-fill-time";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The check in the browser: import() of a module that builds zodResolver(the action's schema). */
  loadResolver: () => Promise<Resolver<FieldValues>>;
  /** Fields that are not the person's input (the spam protection's hidden fields). */
  hiddenFields?: string[];
  /** Field labels for the error summary. */
  labels: Record<string, string>;
  submitLabel: string;
  /** With JavaScript, wait out the spam protection's minimum fill time before sending. */
  minFillMs?: number;
  children: (api: FormApi) => ReactNode;
};

/**
 * ServerForm for the public pages (supervision application, feedback): the same markup and
 * behaviour, but react-hook-form and the zod schema load only when the person first focuses a
 * field (useLazyFormCheck), so the page sends little more JavaScript than one without a form.
 * ServerForm itself stays for the signed-in area, whose forms add fields while they are open.
 * Its own texts come from "common.forms" (useTexts; the public layout gives them).
 */
export function PublicForm({ action, loadResolver, hiddenFields = [], labels, submitLabel, minFillMs = 0, children }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.values ?? {};
  // Focus goes to the error summary, not the first field (useErrorAnnouncement).
  const check = useLazyFormCheck(formRef, loadResolver, hiddenFields);
  const errors = Object.keys(check.errors).length > 0 ? check.errors : (state.errors ?? {});
  useErrorAnnouncement(formRef, Object.keys(errors).length, check.submitCount);
  const { waiting, sendAfterMinimum } = useMinimumFillTime(minFillMs);

  // After a server answer, put the typed values back and move focus to the message or the summary.
  useEffect(() => {
    if (state.status === "idle") return;
    check.reset(state.values ?? {});
    formRef.current?.querySelector<HTMLElement>("[data-error-summary], [data-form-message]")?.focus();
    // Only a new answer matters; `check` is a fresh object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const api = formApi({ register: check.register, errors, values, pending });

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onFocus={check.load}
      onSubmit={(event) => check.submit(event, () => sendAfterMinimum(() => startTransition(() => formAction(new FormData(formRef.current!)))))}
    >
      <FormBody state={state} errors={errors} labels={labels} pending={pending} waiting={waiting} minFillMs={minFillMs} submitLabel={submitLabel}>
        {children(api)}
      </FormBody>
    </form>
  );
}
