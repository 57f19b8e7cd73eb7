import { z } from "zod";
import { idField, optionalText } from "@/lib/forms/zod-fields";
import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/intern-supervision.json";

/** The zod schemas of the decisions on applications, shared by the forms, actions and data layer. */
const e = messages.errors;
const ids = { eventId: idField(e.id), registrationId: idField(e.id) };

export const DECLINE_MESSAGE_MAX = 2000;

/** "Aufnehmen", "Auf die Warteliste", "Mitgliedschaft beenden": a group and one application. */
export const applicationDecisionSchema = z.object(ids);
export type ApplicationDecisionInput = z.output<typeof applicationDecisionSchema>;

/** "Absagen", with an optional kind message that goes into the mail. */
export const declineApplicationSchema = z.object({ ...ids, message: optionalText(DECLINE_MESSAGE_MAX, fillMessage(e.tooLong, { max: DECLINE_MESSAGE_MAX })) });
export type DeclineApplicationInput = z.output<typeof declineApplicationSchema>;
