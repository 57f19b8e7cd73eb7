import "server-only";
import type { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";

const common = translator("de", "common");

/**
 * The one shape of the office pages' server actions, after the action has asked for the signed-in
 * actor: the form's own zod schema, the data layer, and a calm message when the data layer refuses.
 * Everything typed comes back on an error. The handler may redirect (Next.js's redirect is thrown
 * and must pass through).
 */
export async function runOfficeForm<S extends z.ZodType>(actor: Actor, schema: S, formData: FormData, handler: (data: z.infer<S>) => Promise<FormState>): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  try {
    return { values, ...(await handler(parsed.data)) };
  } catch (error) {
    if (error instanceof AccessDenied) return { status: "error", message: common("forms.denied"), values };
    throw error;
  }
}
