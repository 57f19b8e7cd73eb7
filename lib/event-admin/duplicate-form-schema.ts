import { z } from "zod";
import messages from "@/messages/de/intern-events.json";

/** The duplicate form: which event, and optionally the new first day ("YYYY-MM-DD"). */
export const duplicateFormSchema = z.object({
  eventId: z.coerce.number().int().positive(),
  firstDate: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, messages.form.errors.date).nullable(),
  ),
});
