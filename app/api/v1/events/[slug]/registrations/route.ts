import { apiHeaders, unexpectedErrorProblem, eventNotFoundProblem, problemResponse } from "@/lib/api/problem";
import { readJsonBody } from "@/lib/api/json-body";
import { absoluteUrl } from "@/lib/config/env";
import { translator } from "@/lib/i18n/translator";
import { getPublicEventContent } from "@/lib/events/public-queries";
import { registerForEvent } from "@/lib/registrations/commands";
import { listEventQuestions } from "@/lib/registrations/queries";
import { registrationSchemaFor } from "@/lib/registrations/schema-cache";
import { fieldErrors } from "@/lib/forms/form-state";
import { checkRegistrationRateLimits, HONEYPOT_FIELD, honeypotFilled } from "@/lib/registrations/spam";
import { clientIp } from "@/lib/http/client-ip";
import { errorFields, logger } from "@/lib/ops/logger";

export const dynamic = "force-dynamic";

const t = translator("de", "api");
// The API answers in German (Content-Language: de), with the registration form's own field texts.
const registrationText = translator("de", "registration");

/**
 * POST /api/v1/events/{slug}/registrations: the same schema, rules and rate limits as the form.
 * 202 for a new registration and for an address already registered alike (who is registered is told
 * only by mail, to the address), 409 closed or a supervision group, 413/415 body, 422 field errors.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const instance = new URL(request.url).pathname;
  const body = await readJsonBody(request, instance);
  if (!body.ok) return body.response;
  // One try around every read and write: a database that cannot store anything now answers 503.
  try {
    return await register(slug, instance, body.value, request.headers);
  } catch (error) {
    logger.error({ event: "registration.failed", via: "api", slug, error: errorFields(error) }, "registration failed");
    return unexpectedErrorProblem(error, instance);
  }
}

async function register(slug: string, instance: string, value: unknown, headers: Headers): Promise<Response> {
  const event = await getPublicEventContent(slug);
  if (!event) return eventNotFoundProblem(slug, instance);
  // The form's honeypot, for clients that pass it on (see the OpenAPI document).
  const fields = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (honeypotFilled(fields[HONEYPOT_FIELD])) {
    const detail = t("registrationProblems.rejected.detail", { field: HONEYPOT_FIELD });
    return problemResponse({ status: 422, title: t("registrationProblems.invalidBody.title"), detail: t("registrationProblems.invalidBody.detail"), instance, errors: [{ parameter: HONEYPOT_FIELD, detail }] });
  }
  const questions = await listEventQuestions(event.event.id);
  const parsed = registrationSchemaFor(questions, "de").safeParse(value ?? {});
  if (!parsed.success) {
    const errors = Object.entries(fieldErrors(parsed.error)).map(([parameter, detail]) => ({ parameter, detail }));
    return problemResponse({ status: 422, title: t("registrationProblems.invalidBody.title"), detail: t("registrationProblems.invalidBody.detail"), instance, errors });
  }
  if (!(await checkRegistrationRateLimits({ ip: clientIp(headers), email: parsed.data.email, eventSlug: event.event.slug }))) {
    return problemResponse({ status: 429, title: t("registrationProblems.rateLimited.title"), detail: t("registrationProblems.rateLimited.detail"), instance });
  }
  const result = await registerForEvent(slug, parsed.data, new Date(), "de", event);
  if (result.kind === "not_found") return eventNotFoundProblem(slug, instance);
  if (result.kind === "invalid_initiative") {
    return problemResponse({ status: 422, title: t("registrationProblems.invalidBody.title"), detail: t("registrationProblems.invalidBody.detail"), instance, errors: [{ parameter: "initiative", detail: registrationText("errors.initiative") }] });
  }
  if (result.kind === "supervision_group") {
    const detail = t("registrationProblems.supervisionGroup.detail", { url: absoluteUrl(result.applicationPath) });
    return problemResponse({ status: 409, title: t("registrationProblems.supervisionGroup.title"), detail, instance });
  }
  if (result.kind === "closed") return problemResponse({ status: 409, title: t("registrationProblems.closed.title"), detail: t("registrationProblems.closed.detail", { state: result.state }), instance });
  // "registered" and "duplicate" answer alike: the mail to the address tells the rest.
  return Response.json({ message: t("registrationAccepted") }, { status: 202, headers: { ...apiHeaders, "Cache-Control": "no-store" } });
}
