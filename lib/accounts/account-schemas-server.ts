import "server-only";
import { translator } from "@/lib/i18n/translator";
import { accountSchemas } from "./account-schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
const t = translator("de", "internOffice");

export const { inviteSchema, changeRoleSchema, accountIdSchema } = accountSchemas((key) => t(`accounts.errors.${key}`));
