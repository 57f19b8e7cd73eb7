import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { RegistrationErrorTexts } from "./error-texts";

/** The registration schemas' error texts in a known language (the API: German; tests). */
export function registrationErrorTexts(locale: Locale): RegistrationErrorTexts {
  const t = translator(locale, "registration");
  return (key, values) => t(`errors.${key}`, values);
}
