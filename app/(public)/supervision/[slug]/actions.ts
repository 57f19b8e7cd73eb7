"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { isStorageUnavailable } from "@/lib/operations/storage-error";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { requestReceivedPath } from "@/lib/registrations/paths";
import { acceptFormTokenOnce, checkFormSpam, checkRegistrationRateLimits, HONEYPOT_FIELD, STARTED_FIELD } from "@/lib/registrations/spam";
import { listActiveInitiatives } from "@/lib/registrations/queries";
import { applicationFormSchema } from "@/lib/supervision/application-schema";
import { applyForSupervisionGroup } from "@/lib/supervision/apply";
import { errorFields, logger } from "@/lib/ops/logger";

const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/**
 * The application form's server action: parse, check for spam, apply, show the result page. A new
 * application and an address that already applied (or is a member) lead to the same page: the
 * membership of a group is confidential, only the mail to the address tells which.
 * Texts, the stored language and the result page follow the language of the page that posted.
 */
export async function applyAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration.errors");
  const tSupervision = await getTranslations("supervision.errors");
  const e = { rejected: t("rejected"), tooFast: t("tooFast"), rateLimited: t("rateLimited"), initiative: t("initiative"), unexpected: t("unexpected") };
  const values = formDataToObject(formData);
  // The honeypot's content is never sent back to the page.
  delete values[HONEYPOT_FIELD];
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { status: "error", message: tSupervision("closed"), values };
  const spam = checkFormSpam(formData, parsedSlug.data);
  if (spam === "honeypot") return { status: "error", message: e.rejected, values };
  if (spam !== "ok") return { status: "error", message: e.tooFast, values: spam === "expired" ? { ...values, [STARTED_FIELD]: "" } : values };
  const parsed = applicationFormSchema(await listActiveInitiatives(), { errors: t, canAttendAll: tSupervision("canAttendAll") }).safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  if (!(await checkRegistrationRateLimits({ ip: clientIp(await headers()), email: parsed.data.email, eventSlug: parsedSlug.data }))) {
    return { status: "error", message: e.rateLimited, values };
  }
  // A used timestamp is not sent back: the page gives a fresh one.
  if (!(await acceptFormTokenOnce(formData))) return { status: "error", message: e.tooFast, values: { ...values, [STARTED_FIELD]: "" } };
  try {
    const result = await applyForSupervisionGroup(parsedSlug.data, parsed.data, new Date(), locale);
    if (result.kind === "invalid_initiative") return { status: "error", errors: { initiativeName: e.initiative }, values };
    if (result.kind !== "applied" && result.kind !== "duplicate") return { status: "error", message: tSupervision("closed"), values };
  } catch (error) {
    logger.error({ event: "application.failed", slug, error: errorFields(error) }, "application failed");
    // Disk full, read-only, locked: nothing was stored, and trying again later will work.
    return { status: "error", message: isStorageUnavailable(error) ? tSupervision("storageUnavailable") : e.unexpected, values };
  }
  return redirect({ href: requestReceivedPath("application"), locale });
}
