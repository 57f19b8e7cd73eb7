"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { formDataToObject } from "@/lib/forms/form-state";
import { closeAttendance, reopenAttendance } from "@/lib/attendance/close";
import { markSessionAttendance } from "@/lib/attendance/commands";
import { attendancePath } from "@/lib/attendance/paths";
import { sessionAttendanceSchema } from "@/lib/attendance/schemas";

/**
 * "Anwesend" / "Nicht anwesend" for one member at one session. Back to the same session, anchored
 * at the person's card, so that the page keeps its place after each tap (with and without JavaScript).
 */
export async function markSessionAttendanceAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  if ((await managedEventIdOf(actor, formData)) === null) redirect(attendancePath(Number(formData.get("eventId")), undefined, "denied"));
  const raw = formDataToObject(formData);
  const eventId = Number(raw.eventId);
  const parsed = sessionAttendanceSchema.safeParse(raw);
  if (!parsed.success) redirect(attendancePath(eventId, undefined, "denied"));
  const { sessionId, registrationId } = parsed.data;
  let result: Awaited<ReturnType<typeof markSessionAttendance>>;
  try {
    result = await markSessionAttendance(actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) redirect(attendancePath(eventId, sessionId, "denied"));
    throw error;
  }
  const path = attendancePath(eventId);
  revalidatePath(path);
  if (result === "not_member") redirect(attendancePath(eventId, sessionId, "notMember"));
  if (result === "closed") redirect(attendancePath(eventId, sessionId, "closed"));
  redirect(`${attendancePath(eventId, sessionId)}#person-${registrationId}`);
}

const closeNotice = { closed: "closedNow", already_closed: "alreadyClosed", not_over: "notOver", not_held: "notHeld" } as const;

/** "Anwesenheit abschließen": certificates and their mails follow (lib/attendance/close.ts). */
export async function closeAttendanceAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const eventId = await managedEventIdOf(actor, formData);
  if (eventId === null) redirect(attendancePath(Number(formData.get("eventId")) || 0, undefined, "denied"));
  const { result } = await closeAttendance(actor, eventId);
  revalidatePath(attendancePath(eventId));
  redirect(attendancePath(eventId, undefined, closeNotice[result]));
}

/** "Anwesenheit wieder öffnen", to correct a mark after closing. */
export async function reopenAttendanceAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const eventId = await managedEventIdOf(actor, formData);
  if (eventId === null) redirect(attendancePath(Number(formData.get("eventId")) || 0, undefined, "denied"));
  const result = await reopenAttendance(actor, eventId);
  revalidatePath(attendancePath(eventId));
  redirect(attendancePath(eventId, undefined, result === "reopened" ? "reopened" : "notClosed"));
}
