import "server-only";
import { translator } from "@/lib/i18n/translator";
import { workflowSchemas } from "./workflow-schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
const t = translator("de", "internWorkflow");

export const { eventStepSchema, returnEventSchema, cancelEventSchema } = workflowSchemas((key) => t(`actions.${key}`));
