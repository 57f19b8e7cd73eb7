import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { COMMENT_MAX } from "./comment-max";

/**
 * The feedback form, shared by the form (react-hook-form, in the browser) and the server action:
 * two ratings 1–5 and ja/nein posted as text, and an optional free text (empty becomes null).
 * `t` is the translator for "feedback.errors" in the page's language.
 */
export type FeedbackErrorTexts = (key: keyof Messages["feedback"]["errors"], values?: { max: number }) => string;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const rating = (message: string) =>
  z.preprocess(emptyToUndefined, z.enum(["1", "2", "3", "4", "5"], { error: message })).transform(Number);

export function feedbackSchema(t: FeedbackErrorTexts) {
  return z.object({
    overall: rating(t("overall")),
    helpful: rating(t("helpful")),
    wouldRecommend: z.preprocess(emptyToUndefined, z.enum(["ja", "nein"], { error: t("wouldRecommend") })).transform((v) => v === "ja"),
    comment: z
      .preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(COMMENT_MAX, t("commentTooLong", { max: COMMENT_MAX })))
      .transform((v) => (v === "" ? null : v)),
  });
}

export type FeedbackInput = z.output<ReturnType<typeof feedbackSchema>>;
