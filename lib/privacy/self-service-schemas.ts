import { z } from "zod";
import { checkbox, emailAddress, idField } from "@/lib/forms/zod-fields";

/** The forms of "Meine Daten" (browser and server); the error texts come in the page's language. */

export const requestLinkSchema = (emailRequired: string) => z.object({ email: emailAddress(emailRequired) });

/** The confirmation step of "Meine Daten löschen": the box must be ticked. */
export const confirmDeleteSchema = (confirmRequired: string) => z.object({ confirm: checkbox().refine((v) => v, confirmRequired) });

/** "Verwalten" of one registration on the overview. */
/** The token of a mailed link, posted back from the page it opens (its shape is checked again when exchanged). */
export const linkTokenSchema = z.object({ token: z.string().max(200) });

export const registrationChoiceSchema = z.object({ registration: idField("invalid") });

/** The registration id in the certificate download's path. */
export const registrationIdParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The counts shown after the deletion (from the redirect's query). */
export const deletedCountsSchema = z.object({
  abgesagt: z.coerce.number().int().min(0).max(10_000).catch(0),
  geloescht: z.coerce.number().int().min(0).max(10_000).catch(0),
});
