import messages from "@/messages/de/api.json";
import registrationMessages from "@/messages/de/registration.json";
import { apiHeaders, internalErrorProblem, eventNotFoundProblem, problemResponse } from "@/lib/api/problem";
import { fillMessage } from "@/lib/i18n/fill-message";
import { getPublicEvent } from "@/lib/events/public-queries";
import { registerForEvent } from "@/lib/registrations/commands";
import { listEventQuestions } from "@/lib/registrations/queries";
import { registrationSchema } from "@/lib/registrations/schemas";
import { fieldErrors } from "@/lib/forms/form-state";
import { checkRegistrationRateLimits } from "@/lib/registrations/spam";
import { clientIp } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

const p = messages.registrationProblems;

/**
 * POST /api/v1/events/{slug}/registrations: the same schema, rules and rate limits as the form.
 * 201 with the outcome (seat or waiting list), 409 duplicate or closed, 422 field errors.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const instance = new URL(request.url).pathname;
  const event = await getPublicEvent(slug);
  if (!event) return eventNotFoundProblem(slug, instance);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problemResponse({ status: 400, title: p.notJson.title, detail: p.notJson.detail, instance });
  }
  const questions = await listEventQuestions(event.event.id);
  const parsed = registrationSchema(questions).safeParse(body ?? {});
  if (!parsed.success) {
    const errors = Object.entries(fieldErrors(parsed.error)).map(([parameter, detail]) => ({ parameter, detail }));
    return problemResponse({ status: 422, title: p.invalidBody.title, detail: p.invalidBody.detail, instance, errors });
  }
  if (!(await checkRegistrationRateLimits(clientIp(request.headers), parsed.data.email))) {
    return problemResponse({ status: 429, title: p.rateLimited.title, detail: p.rateLimited.detail, instance });
  }
  try {
    const result = await registerForEvent(slug, parsed.data);
    if (result.kind === "not_found") return eventNotFoundProblem(slug, instance);
    if (result.kind === "invalid_initiative") {
      return problemResponse({ status: 422, title: p.invalidBody.title, detail: p.invalidBody.detail, instance, errors: [{ parameter: "initiative", detail: registrationMessages.errors.initiative }] });
    }
    if (result.kind === "duplicate") return problemResponse({ status: 409, title: p.duplicate.title, detail: p.duplicate.detail, instance });
    if (result.kind === "closed") return problemResponse({ status: 409, title: p.closed.title, detail: fillMessage(p.closed.detail, { state: result.state }), instance });
    const message = result.status === "confirmed" ? messages.registrationCreated.confirmed : fillMessage(messages.registrationCreated.waitlisted, { position: result.position ?? 1 });
    return Response.json({ status: result.status, waitlistPosition: result.position, message }, { status: 201, headers: { ...apiHeaders, "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("API registration failed", { slug, error });
    return internalErrorProblem(instance);
  }
}
