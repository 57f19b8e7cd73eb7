import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { checkbox, idField, requiredText } from "@/lib/forms/zod-fields";

/** The error texts: "internWorkflow.actions" (German only, the signed-in area). */
export type WorkflowErrorTexts = Texts<keyof Messages["internWorkflow"]["actions"]>;

/**
 * The forms of the workflow steps on an event's page (browser and server action share them). They
 * take their texts as a parameter (useTranslations in the browser,
 * lib/event-admin/workflow-schemas-server.ts on the server) so that the browser bundle does not
 * carry the catalogue.
 */
export function workflowSchemas(t: WorkflowErrorTexts) {
  /** A step that needs nothing but the event: submit, publish, withdraw, close, reopen. */
  const eventStepSchema = z.object({ eventId: idField(t("eventIdInvalid")) });
  return {
    eventStepSchema,
    returnEventSchema: eventStepSchema.extend({ comment: requiredText(t("returnCommentRequired"), 2000, t("tooLong")) }),
    /** Cancelling mails everyone and cannot be undone: a reason and a ticked confirmation are required. */
    cancelEventSchema: eventStepSchema.extend({
      reason: requiredText(t("cancelReasonRequired"), 2000, t("tooLong")),
      confirm: checkbox().refine((v) => v, { message: t("cancelConfirmRequired") }),
    }),
  };
}
