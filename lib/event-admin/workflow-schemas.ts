import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { checkbox, idField, requiredText } from "@/lib/forms/zod-fields";

/** The forms of the workflow steps on an event's page (browser and server action share them). */
const t = translator("de", "internWorkflow");

/** A step that needs nothing but the event: submit, publish, withdraw, close, reopen. */
export const eventStepSchema = z.object({ eventId: idField(t("actions.eventIdInvalid")) });

export const returnEventSchema = eventStepSchema.extend({ comment: requiredText(t("actions.returnCommentRequired"), 2000, t("actions.tooLong")) });

/** Cancelling mails everyone and cannot be undone: a reason and a ticked confirmation are required. */
export const cancelEventSchema = eventStepSchema.extend({
  reason: requiredText(t("actions.cancelReasonRequired"), 2000, t("actions.tooLong")),
  confirm: checkbox().refine((v) => v, { message: t("actions.cancelConfirmRequired") }),
});
