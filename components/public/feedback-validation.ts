import type { FieldValues, Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { feedbackSchema, type FeedbackErrorTexts } from "@/lib/feedback/schemas";

/**
 * The feedback form's check in the browser: the server action's zod schema with react-hook-form's
 * resolver. Loaded on demand (import() in feedback-form.tsx).
 */
export function feedbackResolver(t: FeedbackErrorTexts) {
  return zodResolver(feedbackSchema(t)) as unknown as Resolver<FieldValues>;
}
