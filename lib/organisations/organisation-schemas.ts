import { z } from "zod";
import messages from "@/messages/de/intern-office.json";
import { checkbox, idField, optionalText, requiredText } from "@/lib/forms/zod-fields";

const m = messages.organisations.errors;

/** An optional e-mail address: empty becomes null. */
const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : null), z.email(m.email).max(254, m.email).nullable());

/** An optional web address; "www.example.org" gets "https://" in front. */
const optionalWebsite = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? (/^https?:\/\//i.test(v.trim()) ? v.trim() : `https://${v.trim()}`) : null),
  z.url({ protocol: /^https?$/, error: m.website }).max(500, m.website).nullable(),
);

/** The organisation form: the same schema in the browser and in the server action. */
export const organisationSchema = z.object({
  name: requiredText(m.name, 200),
  shortName: optionalText(80),
  description: optionalText(2000),
  email: optionalEmail,
  phone: optionalText(60),
  website: optionalWebsite,
  trusted: checkbox(),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;

/** Forms that only name an organisation (deactivate, reactivate). */
export const organisationIdSchema = z.object({ organisationId: idField(m.id) });

/** Editing: the details and the organisation's id (a hidden field). */
export const organisationUpdateSchema = organisationSchema.extend(organisationIdSchema.shape);
