"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import registration from "@/messages/de/registration.json";
import supervision from "@/messages/de/supervision.json";
import operations from "@/messages/de/operations.json";
import { isStorageUnavailable } from "@/lib/operations/storage-error";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { requestReceivedPath } from "@/lib/registrations/paths";
import { acceptFormTokenOnce, checkFormSpam, checkRegistrationRateLimits, HONEYPOT_FIELD, STARTED_FIELD } from "@/lib/registrations/spam";
import { listActiveInitiatives } from "@/lib/registrations/queries";
import { applicationFormSchema } from "@/lib/supervision/application-schema";
import { applyForSupervisionGroup } from "@/lib/supervision/apply";
import { errorFields, logger } from "@/lib/ops/logger";

const e = registration.errors;
const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/**
 * The application form's server action: parse, check for spam, apply, show the result page. A new
 * application and an address that already applied (or is a member) lead to the same page: the
 * membership of a group is confidential, only the mail to the address tells which.
 */
export async function applyAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  // The honeypot's content is never sent back to the page.
  delete values[HONEYPOT_FIELD];
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { status: "error", message: supervision.errors.closed, values };
  const spam = checkFormSpam(formData, parsedSlug.data);
  if (spam === "honeypot") return { status: "error", message: e.rejected, values };
  if (spam !== "ok") return { status: "error", message: e.tooFast, values: spam === "expired" ? { ...values, [STARTED_FIELD]: "" } : values };
  const parsed = applicationFormSchema(await listActiveInitiatives()).safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  if (!(await checkRegistrationRateLimits({ ip: clientIp(await headers()), email: parsed.data.email, eventSlug: parsedSlug.data }))) {
    return { status: "error", message: e.rateLimited, values };
  }
  // A used timestamp is not sent back: the page gives a fresh one.
  if (!(await acceptFormTokenOnce(formData))) return { status: "error", message: e.tooFast, values: { ...values, [STARTED_FIELD]: "" } };
  try {
    const result = await applyForSupervisionGroup(parsedSlug.data, parsed.data);
    if (result.kind === "invalid_initiative") return { status: "error", errors: { initiativeName: e.initiative }, values };
    if (result.kind !== "applied" && result.kind !== "duplicate") return { status: "error", message: supervision.errors.closed, values };
  } catch (error) {
    logger.error({ event: "application.failed", slug, error: errorFields(error) }, "application failed");
    // Disk full, read-only, locked: nothing was stored, and trying again later will work.
    return { status: "error", message: isStorageUnavailable(error) ? operations.storage.applicationFormMessage : e.unexpected, values };
  }
  redirect(requestReceivedPath("application"));
}
