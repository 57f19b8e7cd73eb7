"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { submitFeedback, type SubmitFeedbackResult } from "@/lib/feedback/commands";
import { feedbackFormPath } from "@/lib/feedback/paths";
import { feedbackSchema } from "@/lib/feedback/schemas";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { errorFields, logger } from "@/lib/ops/logger";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * The feedback form's server action: parse, store once, show the thank-you. Anything but a stored
 * answer (already given, attendance not closed, not attended) goes back to the page, which says why.
 * Nothing here logs the token or the registration: the answer must stay unlinkable.
 */
export async function submitFeedbackAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("feedback.errors");
  const values = formDataToObject(formData);
  if (!tokenSchema.safeParse(token).success) return { status: "error", message: t("invalidLink"), values };
  const parsed = feedbackSchema(t).safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let result: SubmitFeedbackResult;
  try {
    result = await submitFeedback(token, parsed.data);
  } catch (error) {
    // Only the kind of failure: a database error's text could carry the registration's id.
    logger.error({ event: "feedback.failed", error: errorFields(error) }, "feedback could not be stored");
    return { status: "error", message: t("unexpected"), values };
  }
  if (result === "not_found") return { status: "error", message: t("invalidLink"), values };
  revalidatePath(`/anmeldung/${token}`);
  return redirect({ href: result === "saved" ? `${feedbackFormPath(token)}?danke=1` : feedbackFormPath(token), locale: (await getLocale()) as Locale });
}
