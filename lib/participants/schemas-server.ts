import "server-only";
import { translator } from "@/lib/i18n/translator";
import { participantSchemas } from "./schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
const t = translator("de", "internParticipants");

export const { addParticipantSchema, moveFromWaitlistSchema, cancelOnBehalfSchema, attendanceSchema, participantMessageSchema } = participantSchemas((key, values) => t(`errors.${key}`, values));
