import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { checkbox, idField, optionalText, requiredText } from "@/lib/forms/zod-fields";

// German only (the signed-in area); shared with the browser forms.
const t = translator("de", "internOffice");

/** An optional e-mail address: empty becomes null. */
const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : null), z.email(t("organisations.errors.email")).max(254, t("organisations.errors.email")).nullable());

/** An optional web address; "www.example.org" gets "https://" in front. */
const optionalWebsite = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? (/^https?:\/\//i.test(v.trim()) ? v.trim() : `https://${v.trim()}`) : null),
  z.url({ protocol: /^https?$/, error: t("organisations.errors.website") }).max(500, t("organisations.errors.website")).nullable(),
);

/** The organisation form: the same schema in the browser and in the server action. */
export const organisationSchema = z.object({
  name: requiredText(t("organisations.errors.name"), 200),
  shortName: optionalText(80),
  description: optionalText(2000),
  email: optionalEmail,
  phone: optionalText(60),
  website: optionalWebsite,
  trusted: checkbox(),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;

/** Forms that only name an organisation (deactivate, reactivate). */
export const organisationIdSchema = z.object({ organisationId: idField(t("organisations.errors.id")) });

/** Editing: the details and the organisation's id (a hidden field). */
export const organisationUpdateSchema = organisationSchema.extend(organisationIdSchema.shape);
