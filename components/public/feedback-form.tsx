"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import type { FormState } from "@/lib/forms/form-state";
import { COMMENT_MAX } from "@/lib/feedback/comment-max";
import { ChoiceGroup, TextField } from "@/components/forms/fields";
import type { FormApi } from "@/components/forms/form-api";
import { PublicForm } from "@/components/forms/public-form";

const ratings = ["1", "2", "3", "4", "5"] as const;

/** Radio buttons registered with react-hook-form; ChoiceGroup sets the name itself. */
function radioProps(form: FormApi, name: string) {
  return () => {
    const { name: _name, ...rest } = form.register(name);
    void _name;
    return rest;
  };
}

/**
 * The anonymous feedback form. It posts to the server action and works the same without
 * JavaScript; with JavaScript the same zod schema is checked in the browser first (loaded on the
 * first focus, see PublicForm).
 * Texts: "feedback" and "common".
 */
export function FeedbackForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const m = useTexts("feedback.form");
  const tErrors = useTexts("feedback.errors");
  const loadResolver = () => import("./feedback-validation").then((m) => m.feedbackResolver(tErrors));
  /** Short names of the questions for the error summary ("Gesamteindruck: Bitte wählen …"). */
  const labels: Record<string, string> = {
    overall: m("summaryLabels.overall"),
    helpful: m("summaryLabels.helpful"),
    wouldRecommend: m("summaryLabels.wouldRecommend"),
    comment: m("summaryLabels.comment"),
  };
  return (
    <PublicForm action={action} loadResolver={loadResolver} labels={labels} submitLabel={m("submit")}>
      {(form) => (
        <>
          <p className="mb-4 text-sm text-muted">{m("requiredNote")}</p>
          <ChoiceGroup
            name="overall"
            label={m("overall")}
            error={form.error("overall")}
            type="radio"
            options={ratings.map((v) => ({ value: v, label: m(`overallOptions.${v}`) }))}
            isChecked={(v) => form.text("overall") === v}
            inputProps={radioProps(form, "overall")}
          />
          <ChoiceGroup
            name="helpful"
            label={m("helpful")}
            hint={m("helpfulHint")}
            error={form.error("helpful")}
            type="radio"
            options={ratings.map((v) => ({ value: v, label: m(`helpfulOptions.${v}`) }))}
            isChecked={(v) => form.text("helpful") === v}
            inputProps={radioProps(form, "helpful")}
          />
          <ChoiceGroup
            name="wouldRecommend"
            label={m("wouldRecommend")}
            error={form.error("wouldRecommend")}
            type="radio"
            options={[
              { value: "ja", label: m("yes") },
              { value: "nein", label: m("no") },
            ]}
            isChecked={(v) => form.text("wouldRecommend") === v}
            inputProps={radioProps(form, "wouldRecommend")}
          />
          <TextField
            label={m("comment")}
            optionalLabel={m("optional")}
            hint={m("commentHint", { max: COMMENT_MAX })}
            error={form.error("comment")}
            multiline
            rows={6}
            defaultValue={form.text("comment")}
            {...form.register("comment")}
          />
        </>
      )}
    </PublicForm>
  );
}
