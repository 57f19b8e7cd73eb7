import { z } from "zod";
import type { RegistrationErrorTexts } from "@/lib/registrations/error-texts";
import { checkInitiativeChoice, initiativeChoiceFields, resolveInitiativeChoice, type InitiativeOption } from "@/lib/registrations/initiative-choice";
import { registrationFieldsSchema } from "@/lib/registrations/schemas";

/**
 * The application form of a supervision group, shared by the form (react-hook-form), the server
 * action and the command: the person fields of the registration form, a confidential free text,
 * and whether the person can come to every session. The texts come in the page's language: the
 * registration form's error texts and the answer the "every session" question needs.
 */
export type ApplicationTexts = { errors: RegistrationErrorTexts; canAttendAll: string };

const MOTIVATION_MAX = 2000;

function applicationExtraFields(texts: ApplicationTexts) {
  return {
    motivation: z.string().trim().max(MOTIVATION_MAX, texts.errors("tooLong", { max: MOTIVATION_MAX })).optional().default(""),
    canAttendAll: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(["ja", "nein"], { error: texts.canAttendAll })),
  };
}

export function applicationSchema(texts: ApplicationTexts) {
  return (
    registrationFieldsSchema([], texts.errors)
      .pick({ firstName: true, lastName: true, email: true, phone: true, initiative: true, initiativeOther: true, consent: true })
      .extend(applicationExtraFields(texts))
      // The same cross-field rule as the registration form: "andere" needs the initiative's name.
      .refine((value) => !(value.initiative === "andere" && !value.initiativeOther), {
        path: ["initiativeOther"],
        message: texts.errors("initiativeOther"),
        when: (payload) => typeof payload.value === "object" && payload.value !== null,
      })
  );
}

export type ApplicationInput = z.output<ReturnType<typeof applicationSchema>>;

/**
 * The application form as posted: the initiative as a radio choice and a typed name
 * (lib/registrations/initiative-choice.ts), mapped onto applicationSchema's output. The browser
 * checks it too.
 */
export function applicationFormSchema(initiatives: InitiativeOption[], texts: ApplicationTexts) {
  return registrationFieldsSchema([], texts.errors)
    .pick({ firstName: true, lastName: true, email: true, phone: true, consent: true })
    .extend({ ...initiativeChoiceFields(texts.errors), ...applicationExtraFields(texts) })
    .superRefine(checkInitiativeChoice(texts.errors))
    .transform(({ initiativeChoice, initiativeName, initiativeOther, ...rest }): ApplicationInput => ({ ...rest, ...resolveInitiativeChoice({ initiativeChoice, initiativeName, initiativeOther }, initiatives) }));
}
