import { z } from "zod";
import { translator } from "@/lib/i18n/translator";

/** The duplicate form: which event, and optionally the new first day ("YYYY-MM-DD"). */
export const duplicateFormSchema = z.object({
  eventId: z.coerce.number().int().positive(),
  firstDate: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, translator("de", "internEvents")("form.errors.date")).nullable(),
  ),
});
