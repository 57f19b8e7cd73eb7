"use client";

import type { ReactNode } from "react";
import { useTexts } from "@/lib/i18n/texts-context";
import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./fields";

type Props = {
  state: FormState;
  errors: Record<string, string>;
  labels: Record<string, string>;
  pending: boolean;
  /** Waiting out the spam protection's minimum fill time before sending. */
  waiting: boolean;
  minFillMs: number;
  submitLabel: string;
  submitClassName?: string;
  children: ReactNode;
};

/**
 * What ServerForm and PublicForm show inside their <form>: the error summary, the server's
 * message, the fields, the send button and the note while the form waits to send.
 * Texts: "common.forms".
 */
export function FormBody({ state, errors, labels, pending, waiting, minFillMs, submitLabel, submitClassName = "", children }: Props) {
  const t = useTexts("common.forms");
  return (
    <>
      <ErrorSummary title={t("summaryTitle")} intro={t("summaryIntro")} errors={errors} labels={labels} autoFocus={state.status === "error" && !!state.errors} />
      {state.message && !state.errors && (
        <div role={state.status === "ok" ? "status" : "alert"} tabIndex={-1} data-form-message className={`mb-6 border-l-8 bg-soft p-4 ${state.status === "ok" ? "border-ok" : "border-accent"}`}>
          <p className="font-semibold">{state.message}</p>
        </div>
      )}
      {children}
      <button type="submit" className={`btn ${submitClassName}`.trim()} disabled={pending || waiting} aria-disabled={pending || waiting}>
        {pending ? t("sending") : submitLabel}
      </button>
      {minFillMs > 0 && (
        <p role="status" className="mt-2 text-sm">
          {waiting ? t("waitingToSend") : ""}
        </p>
      )}
    </>
  );
}
