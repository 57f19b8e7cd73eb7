import { z } from "zod";
import messages from "@/messages/de/intern-workflow.json";
import { checkbox, idField, requiredText } from "@/lib/forms/zod-fields";

/** The forms of the workflow steps on an event's page (browser and server action share them). */
const m = messages.actions;

/** A step that needs nothing but the event: submit, publish, withdraw, close, reopen. */
export const eventStepSchema = z.object({ eventId: idField(m.eventIdInvalid) });

export const returnEventSchema = eventStepSchema.extend({ comment: requiredText(m.returnCommentRequired, 2000, m.tooLong) });

/** Cancelling mails everyone and cannot be undone: a reason and a ticked confirmation are required. */
export const cancelEventSchema = eventStepSchema.extend({
  reason: requiredText(m.cancelReasonRequired, 2000, m.tooLong),
  confirm: checkbox().refine((v) => v, { message: m.cancelConfirmRequired }),
});
