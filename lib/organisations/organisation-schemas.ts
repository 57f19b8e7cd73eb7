import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { checkbox, idField, optionalText, requiredText } from "@/lib/forms/zod-fields";

/** The error texts: "internOffice.organisations.errors" (German only, the signed-in area). */
export type OrganisationErrorTexts = Texts<keyof Messages["internOffice"]["organisations"]["errors"]>;

/**
 * The organisation forms' schemas, shared by the browser forms and the server actions. They take
 * their texts as a parameter (useTranslations in the browser,
 * lib/organisations/organisation-schemas-server.ts on the server) so that the browser bundle does
 * not carry the catalogue.
 */
export function organisationSchemas(t: OrganisationErrorTexts) {
  /** An optional e-mail address: empty becomes null. */
  const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : null), z.email(t("email")).max(254, t("email")).nullable());

  /** An optional web address; "www.example.org" gets "https://" in front. */
  const optionalWebsite = z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? (/^https?:\/\//i.test(v.trim()) ? v.trim() : `https://${v.trim()}`) : null),
    z.url({ protocol: /^https?$/, error: t("website") }).max(500, t("website")).nullable(),
  );

  /** The organisation form. */
  const organisationSchema = z.object({
    name: requiredText(t("name"), 200),
    shortName: optionalText(80),
    description: optionalText(2000),
    email: optionalEmail,
    phone: optionalText(60),
    website: optionalWebsite,
    trusted: checkbox(),
  });

  /** Forms that only name an organisation (deactivate, reactivate). */
  const organisationIdSchema = z.object({ organisationId: idField(t("id")) });

  /** Editing: the details and the organisation's id (a hidden field). */
  const organisationUpdateSchema = organisationSchema.extend(organisationIdSchema.shape);

  return { organisationSchema, organisationIdSchema, organisationUpdateSchema };
}

export type OrganisationInput = z.infer<ReturnType<typeof organisationSchemas>["organisationSchema"]>;
