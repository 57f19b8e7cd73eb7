"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import registration from "@/messages/de/registration.json";
import supervision from "@/messages/de/supervision.json";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { checkFormSpam, checkRegistrationRateLimits, HONEYPOT_FIELD, STARTED_FIELD } from "@/lib/registrations/spam";
import { applicationSchema } from "@/lib/supervision/application-schema";
import { applyForSupervisionGroup } from "@/lib/supervision/apply";

const e = registration.errors;
const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/** The application form's server action: parse, check for spam, apply, show the result page. */
export async function applyAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  // The honeypot's content is never sent back to the page.
  delete values[HONEYPOT_FIELD];
  const spam = checkFormSpam(formData);
  if (spam === "honeypot") return { status: "error", message: e.rejected, values };
  if (spam !== "ok") return { status: "error", message: e.tooFast, values: spam === "expired" ? { ...values, [STARTED_FIELD]: "" } : values };
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { status: "error", message: supervision.errors.closed, values };
  const parsed = applicationSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  if (!(await checkRegistrationRateLimits(clientIp(await headers()), parsed.data.email))) return { status: "error", message: e.rateLimited, values };
  let token: string;
  try {
    const result = await applyForSupervisionGroup(parsedSlug.data, parsed.data);
    if (result.kind === "duplicate") return { status: "ok", message: supervision.errors.duplicate, values };
    if (result.kind === "invalid_initiative") return { status: "error", errors: { initiative: e.initiative }, values };
    if (result.kind !== "applied") return { status: "error", message: supervision.errors.closed, values };
    token = result.token;
  } catch (error) {
    console.error("application failed", { slug, error });
    return { status: "error", message: e.unexpected, values };
  }
  redirect(`/anmeldung/${token}?neu=1`);
}
