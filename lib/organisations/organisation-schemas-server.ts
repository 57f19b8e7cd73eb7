import "server-only";
import { translator } from "@/lib/i18n/translator";
import { organisationSchemas } from "./organisation-schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
const t = translator("de", "internOffice");

export const { organisationSchema, organisationIdSchema, organisationUpdateSchema } = organisationSchemas((key) => t(`organisations.errors.${key}`));
