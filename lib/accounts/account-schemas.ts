import { z } from "zod";
import { accountRoles } from "@/db/schema/accounts";
import messages from "@/messages/de/intern-office.json";
import { emailAddress, idField, requiredText } from "@/lib/forms/zod-fields";

const m = messages.accounts.errors;

const role = z.enum(accountRoles, { error: m.role });

/** The invitation form: the same schema in the browser and in the server action. */
export const inviteSchema = z.object({
  name: requiredText(m.name, 120),
  email: emailAddress(m.email),
  role,
  organisationId: idField(m.organisation),
});

/** Changing an account's role. */
export const changeRoleSchema = z.object({ accountId: idField(m.id), role });

/** Forms that only name an account (deactivate, reactivate, send the invitation again). */
export const accountIdSchema = z.object({ accountId: idField(m.id) });
