import { z } from "zod";
import { accountRoles } from "@/db/schema/accounts";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { emailAddress, idField, requiredText } from "@/lib/forms/zod-fields";

/** The error texts: "internOffice.accounts.errors" (German only, the signed-in area). */
export type AccountErrorTexts = Texts<keyof Messages["internOffice"]["accounts"]["errors"]>;

/**
 * The account forms' schemas, shared by the browser forms and the server actions. They take their
 * texts as a parameter (useTranslations in the browser, lib/accounts/account-schemas-server.ts on
 * the server) so that the browser bundle does not carry the catalogue.
 */
export function accountSchemas(t: AccountErrorTexts) {
  const role = z.enum(accountRoles, { error: t("role") });
  /** Forms that only name an account (deactivate, reactivate, send the invitation again). */
  const accountIdSchema = z.object({ accountId: idField(t("id")) });
  return {
    /** The invitation form. */
    inviteSchema: z.object({
      name: requiredText(t("name"), 120),
      email: emailAddress(t("email")),
      role,
      organisationId: idField(t("organisation")),
    }),
    /** Changing an account's role. */
    changeRoleSchema: z.object({ accountId: idField(t("id")), role }),
    accountIdSchema,
  };
}
