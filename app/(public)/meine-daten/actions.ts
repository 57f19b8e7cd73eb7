"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import type { Locale } from "@/lib/i18n/locales";
import { redirect as localeRedirect } from "@/lib/i18n/navigation";
import { deleteSelfServiceData } from "@/lib/privacy/self-service-delete";
import { selfServicePaths } from "@/lib/privacy/self-service-paths";
import { manageTokenFor } from "@/lib/privacy/self-service-registration";
import { requestSelfServiceLink } from "@/lib/privacy/self-service-request";
import { resendManageLinks } from "@/lib/privacy/self-service-resend";
import { confirmDeleteSchema, linkTokenSchema, registrationChoiceSchema, requestLinkSchema } from "@/lib/privacy/self-service-schemas";
import { currentSelfService, endSelfServiceSession, sessionCookieName, sessionCookieOptions } from "@/lib/privacy/self-service-session";
import { exchangeLinkForSession } from "@/lib/privacy/self-service-tokens";
import { errorFields, logger } from "@/lib/ops/logger";

/**
 * The forms of "Meine Daten". Each action that touches data asks for the session's subject first
 * (currentSelfService) and passes it to the data layer, which reads and writes only that address.
 * Texts, mails and the pages they lead to follow the language of the page that posted.
 */

/** To a page in the request's language ("/en/meine-daten" on English pages). */
async function redirect(href: string): Promise<never> {
  return localeRedirect({ href, locale: (await getLocale()) as Locale });
}

/** Asks for a link. The same answer whatever the address; the work happens after the answer. */
export async function requestLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("privacy.request");
  const locale = (await getLocale()) as Locale;
  const raw = formDataToObject(formData);
  const parsed = requestLinkSchema(t("emailRequired")).safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: { email: raw.email } };
  const ip = clientIp(await headers());
  after(() => requestSelfServiceLink(parsed.data.email, ip, new Date(), locale).then(() => undefined));
  return { status: "ok", message: t("sent"), values: { email: raw.email } };
}

/**
 * "Meine Daten öffnen" on the page the mailed link leads to: the link is exchanged (once) for a
 * session cookie, then on to the overview, so that no token stays in the address bar or history.
 * A used, expired or wrong link leads to a page that says so and offers a new one.
 */
export async function openLinkAction(formData: FormData): Promise<void> {
  const parsed = linkTokenSchema.safeParse(formDataToObject(formData));
  const result = parsed.success ? await exchangeLinkForSession(parsed.data.token) : ({ kind: "invalid" } as const);
  if (result.kind === "invalid") return redirect(selfServicePaths.invalidLink);
  (await cookies()).set(sessionCookieName(), result.sessionToken, sessionCookieOptions(result.expiresAt));
  await redirect(selfServicePaths.overview);
}

/** "Meine Daten verlassen": the session ends here and in the database. */
export async function signOutAction(): Promise<void> {
  await endSelfServiceSession();
  await redirect(`${selfServicePaths.overview}?verlassen=1`);
}

/** "Verwalten": a fresh manage link for one of the person's own registrations, and there. */
export async function openManageAction(formData: FormData): Promise<void> {
  const subject = await currentSelfService();
  if (!subject) return redirect(selfServicePaths.overview);
  const parsed = registrationChoiceSchema.safeParse(formDataToObject(formData));
  const token = parsed.success ? await manageTokenFor(subject, parsed.data.registration) : null;
  await redirect(token ? `/anmeldung/${token}` : selfServicePaths.overview);
}

/** "Alle Links erneut senden". */
export async function resendLinksAction(): Promise<void> {
  const subject = await currentSelfService();
  if (!subject) return redirect(selfServicePaths.overview);
  const result = await resendManageLinks(subject);
  await redirect(`${selfServicePaths.overview}?links=${result === "sent" ? "gesendet" : "spaeter"}#links`);
}

/** "Meine Daten löschen", after the confirmation box was ticked. */
export async function deleteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const subject = await currentSelfService();
  if (!subject) return redirect(selfServicePaths.overview);
  const t = await getTranslations("privacy.delete");
  const parsed = confirmDeleteSchema(t("confirmRequired")).safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: {} };
  let counts: { cancelled: number; anonymised: number };
  try {
    counts = await deleteSelfServiceData(subject);
  } catch (error) {
    // One transaction: nothing was changed. The person hears so, calmly.
    logger.error({ event: "self_service.delete_failed", error: errorFields(error) }, "Meine Daten: deletion failed");
    return { status: "error", message: t("failed", { email: city.office.email }), values: {} };
  }
  await endSelfServiceSession();
  return redirect(`${selfServicePaths.deleted}?abgesagt=${counts.cancelled}&geloescht=${counts.anonymised}`);
}
