"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import messages from "@/messages/de/registration.json";
import { getPublicEvent } from "@/lib/events/public-queries";
import { registerForEvent } from "@/lib/registrations/commands";
import type { RegistrationFormState } from "@/lib/registrations/form-state";
import { listEventQuestions } from "@/lib/registrations/queries";
import { registrationFormDataToInput, registrationSchema } from "@/lib/registrations/schemas";
import { fieldErrors } from "@/lib/forms/form-state";
import { checkFormSpam, checkRegistrationRateLimits, STARTED_FIELD } from "@/lib/registrations/spam";
import { clientIp } from "@/lib/http/client-ip";

const e = messages.errors;

/** The registration form's server action: parse, check, register, and show the result page. */
export async function registerAction(slug: string, _previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  const event = await getPublicEvent(slug);
  if (!event) return { status: "closed", message: e.closed };
  const questions = await listEventQuestions(event.event.id);
  const values = registrationFormDataToInput(formData, questions);
  // Corrections keep the time the form was first shown, so a quick fix is not taken for a bot.
  const startedToken = String(formData.get(STARTED_FIELD) ?? "") || undefined;
  const spam = checkFormSpam(formData);
  if (spam === "honeypot") return { status: "error", message: e.rejected, values };
  if (spam === "too_fast") return { status: "error", message: e.tooFast, values, startedToken };
  if (spam === "expired") return { status: "error", message: e.tooFast, values };
  const parsed = registrationSchema(questions).safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values, startedToken };
  if (!(await checkRegistrationRateLimits(clientIp(await headers()), parsed.data.email))) {
    return { status: "error", message: e.rateLimited, values, startedToken };
  }
  let token: string;
  try {
    const result = await registerForEvent(slug, parsed.data);
    if (result.kind === "duplicate") return { status: "duplicate", message: e.duplicate, values, startedToken };
    if (result.kind === "invalid_initiative") return { status: "error", errors: { initiative: e.initiative }, values, startedToken };
    if (result.kind !== "registered") return { status: "closed", message: e.closed, values };
    token = result.token;
  } catch (error) {
    console.error("registration failed", { slug, error });
    return { status: "error", message: e.unexpected, values, startedToken };
  }
  redirect(`/anmeldung/${token}?neu=1`);
}
