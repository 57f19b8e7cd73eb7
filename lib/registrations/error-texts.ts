import type { Messages } from "@/lib/i18n/messages";

/**
 * The error texts of the public forms' schemas, as a function the caller passes in: next-intl's
 * translator for "registration.errors" (useTranslations in the browser, getTranslations in a server
 * action, translator(locale, …) elsewhere), so the same schema speaks the page's language.
 * A type only: the schemas run in the browser and must not pull in the catalogue.
 */
export type RegistrationErrorKey = keyof Messages["registration"]["errors"];
export type RegistrationErrorTexts = (key: RegistrationErrorKey, values?: { max: number }) => string;
