"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { isStorageUnavailable } from "@/lib/operations/storage-error";
import { getPublicEventContent } from "@/lib/events/public-queries";
import { registerForEvent } from "@/lib/registrations/commands";
import type { RegistrationFormState } from "@/lib/registrations/form-state";
import { requestReceivedPath } from "@/lib/registrations/paths";
import { listActiveInitiatives, listEventQuestions } from "@/lib/registrations/queries";
import { registrationFormDataToInput } from "@/lib/registrations/schemas";
import { registrationFormSchemaFor } from "@/lib/registrations/schema-cache";
import { fieldErrors } from "@/lib/forms/form-state";
import { acceptFormTokenOnce, checkFormSpam, checkRegistrationRateLimits, STARTED_FIELD } from "@/lib/registrations/spam";
import { clientIp } from "@/lib/http/client-ip";
import { errorFields, logger } from "@/lib/ops/logger";

/**
 * The registration form's server action: parse, check, register, and show the result page. A new
 * registration and an address already registered lead to the same page (the mail tells which).
 * Texts, the stored language and the result page follow the language of the page that posted.
 */
export async function registerAction(slug: string, _previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration.errors");
  const e = { closed: t("closed"), rejected: t("rejected"), tooFast: t("tooFast"), rateLimited: t("rateLimited"), supervisionGroup: t("supervisionGroup"), supervisionGroupLink: t("supervisionGroupLink"), initiative: t("initiative"), unexpected: t("unexpected") };
  const event = await getPublicEventContent(slug);
  if (!event) return { status: "closed", message: e.closed };
  const questions = await listEventQuestions(event.event.id);
  const values = registrationFormDataToInput(formData, questions);
  // Corrections keep the time the form was first shown, so a quick fix is not taken for a bot.
  const startedToken = String(formData.get(STARTED_FIELD) ?? "") || undefined;
  const spam = checkFormSpam(formData, event.event.slug);
  if (spam === "honeypot") return { status: "error", message: e.rejected, values };
  if (spam === "too_fast") return { status: "error", message: e.tooFast, values, startedToken };
  if (spam === "expired") return { status: "error", message: e.tooFast, values };
  const parsed = registrationFormSchemaFor(questions, await listActiveInitiatives(), locale, t).safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values, startedToken };
  try {
    if (!(await checkRegistrationRateLimits({ ip: clientIp(await headers()), email: parsed.data.email, eventSlug: event.event.slug }))) {
      return { status: "error", message: e.rateLimited, values, startedToken };
    }
    // A used timestamp is not sent back: the page gives a fresh one.
    if (!(await acceptFormTokenOnce(formData))) return { status: "error", message: e.tooFast, values };
    const result = await registerForEvent(slug, parsed.data, new Date(), locale, event);
    if (result.kind === "supervision_group") return { status: "closed", message: e.supervisionGroup, link: { href: result.applicationPath, label: e.supervisionGroupLink }, values };
    if (result.kind === "invalid_initiative") return { status: "error", errors: { initiativeName: e.initiative }, values };
    if (result.kind !== "registered" && result.kind !== "duplicate") return { status: "closed", message: e.closed, values };
  } catch (error) {
    logger.error({ event: "registration.failed", via: "form", slug, error: errorFields(error) }, "registration failed");
    // Disk full, read-only, locked: nothing was stored, and trying again later will work.
    return { status: "error", message: isStorageUnavailable(error) ? t("storageUnavailable") : e.unexpected, values };
  }
  return redirect({ href: requestReceivedPath("registration"), locale });
}
