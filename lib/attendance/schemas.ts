import { z } from "zod";
import { attendanceStatuses } from "@/db/schema/registrations";
import { idField } from "@/lib/forms/zod-fields";
import { translator } from "@/lib/i18n/translator";

const invalid = translator("de", "internAttendance")("errors.id");

/** "Anwesend" / "Nicht anwesend" for one member and one session of a supervision group. */
export const sessionAttendanceSchema = z.object({
  eventId: idField(invalid),
  sessionId: idField(invalid),
  registrationId: idField(invalid),
  status: z.enum(attendanceStatuses, { error: invalid }),
});
export type SessionAttendanceInput = z.output<typeof sessionAttendanceSchema>;
