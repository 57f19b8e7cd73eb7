// use-intl/core is what next-intl re-exports: the same createTranslator, without the React parts that
// next-intl's react-server entry loads (they fail outside Next, e.g. in a job run with tsx).
import { createTranslator } from "use-intl/core";
import { city } from "@/lib/config/city";
import { loadMessages, type Messages, type Namespace } from "./messages";
import { formats } from "./formats";
import type { Locale } from "./locales";

/**
 * A translator for code that runs outside a page render with a known language: mails written by the
 * background jobs, .ics files, PDFs, problem documents, the proxy. Pages and server actions use
 * next-intl's getTranslations instead, which knows the request's language.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({ locale, messages: loadMessages(locale), namespace, timeZone: city.timeZone, formats });
}
