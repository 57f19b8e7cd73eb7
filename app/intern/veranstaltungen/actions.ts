"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { translator } from "@/lib/i18n/translator";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { duplicateEvent } from "@/lib/event-admin/event-duplicate";
import { eventFormDataToValues } from "@/lib/event-admin/event-form-data";
import { eventFormSchema } from "@/lib/event-admin/event-form-schema-server";
import { EventInputError } from "@/lib/event-admin/event-input-error";
import { createEvents, updateEvent } from "@/lib/event-admin/event-save";
import { duplicateFormSchema } from "@/lib/event-admin/duplicate-form-schema-server";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";

const common = translator("de", "common");

const LIST = "/intern/veranstaltungen";

/** AccessDenied and input errors the database found become messages; anything else is a real error. */
function refused(error: unknown, values: Record<string, unknown>): FormState {
  if (error instanceof AccessDenied) return { status: "error", message: common("forms.denied"), values };
  if (error instanceof EventInputError) return { status: "error", errors: { [error.field]: error.message }, values };
  throw error;
}

// Access comes before parsing: requireActor (signed in, active account of an active organisation:
// every role may create events of its own organisation) and, for an existing event, managedEventIdOf.
// Only then is the body read, and only the editor's known field names (eventFormDataToValues).

export async function createEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`${LIST}/neu`);
  const values = eventFormDataToValues(formData);
  const parsed = eventFormSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let result: Awaited<ReturnType<typeof createEvents>>;
  try {
    result = await createEvents(actor, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(LIST);
  redirect(`${LIST}?gespeichert=${result.ids[0]}&anzahl=${result.ids.length}`);
}

export async function updateEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(LIST);
  const eventId = await managedEventIdOf(actor, formData);
  if (eventId === null) return { status: "error", message: common("forms.denied") };
  const values = eventFormDataToValues(formData);
  const parsed = eventFormSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let saved: Awaited<ReturnType<typeof updateEvent>>;
  try {
    saved = await updateEvent(actor, eventId, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${eventId}`);
  revalidatePath("/veranstaltungen", "layout");
  redirect(`${LIST}?gespeichert=${eventId}${saved.waitsForReview ? "&pruefung=1" : ""}`);
}

export async function duplicateEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(LIST);
  if ((await managedEventIdOf(actor, formData)) === null) return { status: "error", message: common("forms.denied") };
  const values = formDataToObject(formData);
  const parsed = duplicateFormSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let copyId: number;
  try {
    copyId = await duplicateEvent(actor, parsed.data.eventId, parsed.data.firstDate);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(LIST);
  redirect(`${LIST}/${copyId}/bearbeiten?kopie=1`);
}
