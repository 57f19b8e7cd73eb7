"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { runRowCommand } from "@/lib/forms/row-command";
import { addParticipantByHand } from "@/lib/participants/add-participant";
import { messageParticipants } from "@/lib/participants/message";
import { addParticipantSchema, cancelOnBehalfSchema, moveFromWaitlistSchema, participantMessageSchema } from "@/lib/participants/schemas-server";
import { cancelOnBehalf, moveFromWaitlist } from "@/lib/participants/waitlist-commands";
import { participantsPath } from "@/lib/participants/paths";

const t = translator("de", "internParticipants");
const denied: FormState = { status: "error", message: translator("de", "common")("forms.denied") };

/** Back to the list with a notice (works without JavaScript), anchored at the person's row. */
function backToList(eventId: unknown, notice: string, registrationId?: number): never {
  const id = Number(eventId);
  revalidatePath(participantsPath(id));
  redirect(`${participantsPath(id)}?hinweis=${notice}${registrationId ? `#person-${registrationId}` : ""}`);
}

export async function addParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if ((await managedEventIdOf(actor, formData)) === null) return denied;
  const values = formDataToObject(formData);
  const parsed = addParticipantSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let result;
  try {
    result = await addParticipantByHand(actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) return { ...denied, values };
    throw error;
  }
  if (result.kind === "duplicate") return { status: "error", errors: { email: t("errors.duplicate") }, values };
  if (result.kind === "invalid_initiative") return { status: "error", errors: { initiative: t("errors.initiative") }, values };
  if (result.kind === "closed") return { status: "error", message: t("errors.closed"), values };
  backToList(parsed.data.eventId, `added_${result.status}`, result.registrationId);
}

/** A one-button command on a participant row; back to the list with a notice, at the person. */
async function rowCommand<S extends z.ZodType<{ eventId: number; registrationId: number }>, R extends string>(
  formData: FormData,
  schema: S,
  command: (actor: Actor, input: z.output<S>) => Promise<R>,
  notices: Record<R, string>,
): Promise<never> {
  const actor = await requireActor();
  return runRowCommand({ actor, formData, schema, command, notices, listPath: participantsPath, anchor: "person-" });
}

export async function moveFromWaitlistAction(formData: FormData): Promise<void> {
  await rowCommand(formData, moveFromWaitlistSchema, moveFromWaitlist, { moved: "moved", full: "full", not_waiting: "notWaiting" });
}

export async function cancelParticipantAction(formData: FormData): Promise<void> {
  await rowCommand(formData, cancelOnBehalfSchema, cancelOnBehalf, { cancelled: "cancelled", already: "alreadyCancelled" });
}

export async function messageParticipantsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if ((await managedEventIdOf(actor, formData)) === null) return denied;
  const values = formDataToObject(formData, ["registrationIds"]);
  const parsed = participantMessageSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  let result;
  try {
    result = await messageParticipants(actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) return { ...denied, values };
    throw error;
  }
  if (result.sent === 0) return { status: "error", message: t("errors.noRecipients"), values };
  backToList(parsed.data.eventId, `messageSent&anzahl=${result.sent}`);
}
