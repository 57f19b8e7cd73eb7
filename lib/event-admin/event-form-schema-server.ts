import "server-only";
import { translator } from "@/lib/i18n/translator";
import type { EventFormErrorTexts } from "./event-form-schema";
import { eventFormSchemas } from "./event-form-schema";

// German only (the signed-in area): the server actions check with the texts the browser form shows.
const t = translator("de", "internEvents");

/** The event editor's error texts on the server. */
export const eventFormErrorTexts: EventFormErrorTexts = (key, values) => t(`form.errors.${key}`, values);

export const { eventFormSchema } = eventFormSchemas(eventFormErrorTexts);
