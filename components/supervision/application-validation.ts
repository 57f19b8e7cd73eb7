import type { FieldValues, Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { InitiativeOption } from "@/lib/registrations/initiative-choice";
import { applicationFormSchema, type ApplicationTexts } from "@/lib/supervision/application-schema";

/**
 * The supervision application's check in the browser: the server action's zod schema with
 * react-hook-form's resolver. Loaded on demand (import() in application-form.tsx).
 */
export function applicationResolver(initiatives: InitiativeOption[], texts: ApplicationTexts) {
  return zodResolver(applicationFormSchema(initiatives, texts)) as unknown as Resolver<FieldValues>;
}
