"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { formDataToObject } from "@/lib/forms/form-state";
import { clearAttendance, markAttendance } from "@/lib/participants/attendance";
import { checkInPath } from "@/lib/participants/paths";
import { attendanceSchema } from "@/lib/participants/schemas-server";

/**
 * "Da" / "Nicht da" at the check-in, and "Zurücksetzen" (back to open) after a wrong tap. Back to the same search, anchored at the person's card, so
 * that the page does not jump to the top after each tap (with and without JavaScript).
 */
/** The check-in page with the person's search kept (and a notice, if any). */
function checkInUrl(eventId: number, q: string, notice?: string): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (notice) query.set("hinweis", notice);
  const text = query.toString();
  return `${checkInPath(eventId)}${text ? `?${text}` : ""}`;
}

export async function markAttendanceAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  if ((await managedEventIdOf(actor, formData)) === null) redirect(checkInUrl(Number(formData.get("eventId")), "", "denied"));
  const raw = formDataToObject(formData);
  const parsed = attendanceSchema.safeParse(raw);
  const eventId = Number(raw.eventId);
  if (!parsed.success) redirect(checkInUrl(eventId, "", "denied"));
  const { q, registrationId, attendance } = parsed.data;
  let result: Awaited<ReturnType<typeof markAttendance | typeof clearAttendance>>;
  try {
    result = attendance === "open" ? await clearAttendance(actor, { eventId, registrationId }) : await markAttendance(actor, { eventId, registrationId, attendance });
  } catch (error) {
    if (error instanceof AccessDenied) redirect(checkInUrl(eventId, q, "denied"));
    throw error;
  }
  revalidatePath(checkInPath(eventId));
  if (result === "closed") redirect(checkInUrl(eventId, q, "attendanceClosed"));
  redirect(`${checkInUrl(eventId, q)}#person-${registrationId}`);
}
