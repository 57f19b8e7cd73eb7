import { z } from "zod";
import type { EventFormErrorTexts } from "./event-form-schema";

/**
 * The duplicate form's schema (browser and server action). Its texts come as a parameter (the event
 * editor's error texts) so that the browser bundle does not carry the catalogue.
 */
export function duplicateFormSchemas(t: EventFormErrorTexts) {
  return {
    /** Which event, and optionally the new first day ("YYYY-MM-DD"). */
    duplicateFormSchema: z.object({
      eventId: z.coerce.number().int().positive(),
      firstDate: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t("date")).nullable()),
    }),
  };
}
