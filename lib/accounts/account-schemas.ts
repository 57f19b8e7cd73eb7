import { z } from "zod";
import { accountRoles } from "@/db/schema/accounts";
import { translator } from "@/lib/i18n/translator";
import { emailAddress, idField, requiredText } from "@/lib/forms/zod-fields";

// German only (the signed-in area); shared with the browser forms.
const t = translator("de", "internOffice");

const role = z.enum(accountRoles, { error: t("accounts.errors.role") });

/** The invitation form: the same schema in the browser and in the server action. */
export const inviteSchema = z.object({
  name: requiredText(t("accounts.errors.name"), 120),
  email: emailAddress(t("accounts.errors.email")),
  role,
  organisationId: idField(t("accounts.errors.organisation")),
});

/** Changing an account's role. */
export const changeRoleSchema = z.object({ accountId: idField(t("accounts.errors.id")), role });

/** Forms that only name an account (deactivate, reactivate, send the invitation again). */
export const accountIdSchema = z.object({ accountId: idField(t("accounts.errors.id")) });
