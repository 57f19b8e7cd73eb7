import { z } from "zod";
import messages from "@/messages/de/feedback.json";
import { fillMessage } from "@/lib/i18n/fill-message";
import { COMMENT_MAX } from "./rules";

/**
 * The feedback form, shared by the form (react-hook-form, in the browser) and the server action:
 * two ratings 1–5 and ja/nein posted as text, and an optional free text (empty becomes null).
 */
const e = messages.errors;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const rating = (message: string) =>
  z.preprocess(emptyToUndefined, z.enum(["1", "2", "3", "4", "5"], { error: message })).transform(Number);

export const feedbackSchema = z.object({
  overall: rating(e.overall),
  helpful: rating(e.helpful),
  wouldRecommend: z.preprocess(emptyToUndefined, z.enum(["ja", "nein"], { error: e.wouldRecommend })).transform((v) => v === "ja"),
  comment: z
    .preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(COMMENT_MAX, fillMessage(e.commentTooLong, { max: COMMENT_MAX })))
    .transform((v) => (v === "" ? null : v)),
});

export type FeedbackInput = z.output<typeof feedbackSchema>;
