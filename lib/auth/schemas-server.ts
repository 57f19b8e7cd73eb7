import "server-only";
import { translator } from "@/lib/i18n/translator";
import { authSchemas } from "./schemas";

// German only (the signed-in area): the server actions check with the texts the browser forms show.
export const { signInSchema, forgotPasswordSchema, setPasswordSchema } = authSchemas(translator("de", "intern"));
