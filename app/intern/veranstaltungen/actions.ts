"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import common from "@/messages/de/common.json";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { duplicateEvent } from "@/lib/event-admin/event-duplicate";
import { eventFormDataToValues } from "@/lib/event-admin/event-form-data";
import { eventFormSchema } from "@/lib/event-admin/event-form-schema";
import { EventInputError } from "@/lib/event-admin/event-input-error";
import { createEvents, updateEvent } from "@/lib/event-admin/event-save";
import { duplicateFormSchema } from "@/lib/event-admin/duplicate-form-schema";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";

const eventIdSchema = z.coerce.number().int().positive();
const LIST = "/intern/veranstaltungen";

/** AccessDenied and input errors the database found become messages; anything else is a real error. */
function refused(error: unknown, values: Record<string, unknown>): FormState {
  if (error instanceof AccessDenied) return { status: "error", message: common.forms.denied, values };
  if (error instanceof EventInputError) return { status: "error", errors: { [error.field]: error.message }, values };
  throw error;
}

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
  const values = eventFormDataToValues(formData);
  const eventId = eventIdSchema.safeParse(values.eventId);
  if (!eventId.success) return { status: "error", message: common.forms.denied, values };
  const parsed = eventFormSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let saved: Awaited<ReturnType<typeof updateEvent>>;
  try {
    saved = await updateEvent(actor, eventId.data, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${eventId.data}`);
  revalidatePath("/veranstaltungen", "layout");
  redirect(`${LIST}?gespeichert=${eventId.data}${saved.waitsForReview ? "&pruefung=1" : ""}`);
}

export async function duplicateEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(LIST);
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
