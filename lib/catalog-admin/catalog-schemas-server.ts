import "server-only";
import { translator } from "@/lib/i18n/translator";
import { catalogAdminSchemas } from "./catalog-schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
const t = translator("de", "internOffice");

export const { catalogSchemas, catalogItemIdSchema, catalogFormSchema } = catalogAdminSchemas((key) => t(`lists.errors.${key}`));
