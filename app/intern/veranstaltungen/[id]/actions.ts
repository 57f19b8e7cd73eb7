"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { cancelEvent } from "@/lib/event-admin/cancel";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { EventInputError } from "@/lib/event-admin/event-input-error";
import { approveChange, publishEvent, rejectChange, returnEvent, setRegistrationClosed, submitEvent, withdrawEvent } from "@/lib/event-admin/workflow";
import { cancelEventSchema, eventStepSchema, returnEventSchema } from "@/lib/event-admin/workflow-schemas-server";
import type { WorkflowAction } from "@/lib/event-admin/workflow-rules";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";

const common = translator("de", "common");

/**
 * The workflow steps of an event's page. Each parses the posted form with the schema its form uses
 * in the browser, lets the data layer decide whether the actor may, and comes back to the page with
 * a note of what happened.
 */
async function step<S extends z.ZodType<{ eventId: number }>>(formData: FormData, schema: S, done: WorkflowAction, run: (actor: Actor, data: z.infer<S>) => Promise<unknown>): Promise<FormState> {
  const actor = await requireActor();
  // Access to the event before anything else of the post is read.
  if ((await managedEventIdOf(actor, formData)) === null) return { status: "error", message: common("forms.denied") };
  const raw = formDataToObject(formData);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: raw };
  try {
    await run(actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) return { status: "error", message: common("forms.denied"), values: raw };
    // Approving a waiting change can meet what changed since (e.g. an answered question it removes).
    if (error instanceof EventInputError) return { status: "error", message: error.message, values: raw };
    throw error;
  }
  const { eventId } = parsed.data;
  revalidatePath(`/intern/veranstaltungen/${eventId}`);
  // Publishing, cancelling and closing change what the public calendar shows.
  revalidatePath("/veranstaltungen", "layout");
  redirect(`/intern/veranstaltungen/${eventId}?erledigt=${done}`);
}

export async function submitEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "submit", (actor, d) => submitEvent(actor, d.eventId));
}

export async function publishEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "publish", (actor, d) => publishEvent(actor, d.eventId));
}

export async function withdrawEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "withdraw", (actor, d) => withdrawEvent(actor, d.eventId));
}

export async function returnEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, returnEventSchema, "return", (actor, d) => returnEvent(actor, d.eventId, d.comment));
}

export async function closeRegistrationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "close", (actor, d) => setRegistrationClosed(actor, d.eventId, true));
}

export async function reopenRegistrationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "reopen", (actor, d) => setRegistrationClosed(actor, d.eventId, false));
}

export async function cancelEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, cancelEventSchema, "cancel", (actor, d) => cancelEvent(actor, d.eventId, d.reason));
}

export async function approveChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, eventStepSchema, "approveChange", (actor, d) => approveChange(actor, d.eventId));
}

export async function rejectChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return step(formData, returnEventSchema, "rejectChange", (actor, d) => rejectChange(actor, d.eventId, d.comment));
}
