import { z } from "zod";
import { idField, optionalText } from "@/lib/forms/zod-fields";
import { translator } from "@/lib/i18n/translator";

/** The zod schemas of the decisions on applications, shared by the forms, actions and data layer. */
const t = translator("de", "internSupervision");
const ids = { eventId: idField(t("errors.id")), registrationId: idField(t("errors.id")) };

export const DECLINE_MESSAGE_MAX = 2000;

/** "Aufnehmen", "Auf die Warteliste", "Mitgliedschaft beenden": a group and one application. */
export const applicationDecisionSchema = z.object(ids);
export type ApplicationDecisionInput = z.output<typeof applicationDecisionSchema>;

/** "Absagen", with an optional kind message that goes into the mail. */
export const declineApplicationSchema = z.object({ ...ids, message: optionalText(DECLINE_MESSAGE_MAX, t("errors.tooLong", { max: String(DECLINE_MESSAGE_MAX) })) });
export type DeclineApplicationInput = z.output<typeof declineApplicationSchema>;
