import "server-only";
import { duplicateFormSchemas } from "./duplicate-form-schema";
import { eventFormErrorTexts } from "./event-form-schema-server";

// German only (the signed-in area): the server action checks with the texts the browser form shows.
export const { duplicateFormSchema } = duplicateFormSchemas(eventFormErrorTexts);
