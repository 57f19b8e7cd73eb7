import { z } from "zod";
import { attendanceStatuses } from "@/db/schema/registrations";
import { idField } from "@/lib/forms/zod-fields";
import messages from "@/messages/de/intern-attendance.json";

/** "Anwesend" / "Nicht anwesend" for one member and one session of a supervision group. */
export const sessionAttendanceSchema = z.object({
  eventId: idField(messages.errors.id),
  sessionId: idField(messages.errors.id),
  registrationId: idField(messages.errors.id),
  status: z.enum(attendanceStatuses, { error: messages.errors.id }),
});
export type SessionAttendanceInput = z.output<typeof sessionAttendanceSchema>;
