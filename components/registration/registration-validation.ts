import type { Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { RegistrationErrorTexts } from "@/lib/registrations/error-texts";
import type { InitiativeOption } from "@/lib/registrations/initiative-choice";
import { registrationFormSchema, type QuestionForForm } from "@/lib/registrations/schemas";

/**
 * The registration form's check in the browser: the server action's zod schema with
 * react-hook-form's resolver. Loaded on demand (import() in registration-form.tsx), so the event
 * page does not send zod with its first load.
 */
export function registrationResolver(questions: QuestionForForm[], initiatives: InitiativeOption[], t: RegistrationErrorTexts) {
  return zodResolver(registrationFormSchema(questions, initiatives, t)) as unknown as Resolver<Record<string, unknown>>;
}
