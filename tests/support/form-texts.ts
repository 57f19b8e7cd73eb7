import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { registrationErrorTexts } from "@/lib/registrations/error-texts-server";
import type { ApplicationTexts } from "@/lib/supervision/application-schema";
import type { FeedbackErrorTexts } from "@/lib/feedback/schemas";

/** The public forms' error texts in a language, as the pages pass them to the schemas. */
export const registrationTexts = (locale: Locale = "de") => registrationErrorTexts(locale);
export const applicationTexts = (locale: Locale = "de"): ApplicationTexts => ({ errors: registrationErrorTexts(locale), canAttendAll: translator(locale, "supervision")("errors.canAttendAll") });
export const feedbackTexts = (locale: Locale = "de"): FeedbackErrorTexts => {
  const t = translator(locale, "feedback");
  return (key, values) => t(`errors.${key}`, values);
};
