import { z } from "zod";
import registration from "@/messages/de/registration.json";
import supervision from "@/messages/de/supervision.json";
import { fillMessage } from "@/lib/i18n/fill-message";
import { checkInitiativeChoice, initiativeChoiceFields, resolveInitiativeChoice, type InitiativeOption } from "@/lib/registrations/initiative-choice";
import { registrationFieldsSchema } from "@/lib/registrations/schemas";

/**
 * The application form of a supervision group, shared by the form (react-hook-form), the server
 * action and the command: the person fields of the registration form, a confidential free text,
 * and whether the person can come to every session.
 */
const MOTIVATION_MAX = 2000;

const applicationExtraFields = {
  motivation: z.string().trim().max(MOTIVATION_MAX, fillMessage(registration.errors.tooLong, { max: MOTIVATION_MAX })).optional().default(""),
  canAttendAll: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(["ja", "nein"], { error: supervision.errors.canAttendAll })),
};

export const applicationSchema = registrationFieldsSchema([])
  .pick({ firstName: true, lastName: true, email: true, phone: true, initiative: true, initiativeOther: true, consent: true })
  .extend(applicationExtraFields)
  // The same cross-field rule as the registration form: "andere" needs the initiative's name.
  .refine((value) => !(value.initiative === "andere" && !value.initiativeOther), {
    path: ["initiativeOther"],
    message: registration.errors.initiativeOther,
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

export type ApplicationInput = z.output<typeof applicationSchema>;

/**
 * The application form as posted: the initiative as a radio choice and a typed name
 * (lib/registrations/initiative-choice.ts), mapped onto applicationSchema's output. The browser
 * checks it too.
 */
export function applicationFormSchema(initiatives: InitiativeOption[]) {
  return registrationFieldsSchema([])
    .pick({ firstName: true, lastName: true, email: true, phone: true, consent: true })
    .extend({ ...initiativeChoiceFields, motivation: applicationExtraFields.motivation, canAttendAll: applicationExtraFields.canAttendAll })
    .superRefine(checkInitiativeChoice)
    .transform(({ initiativeChoice, initiativeName, initiativeOther, ...rest }): ApplicationInput => ({ ...rest, ...resolveInitiativeChoice({ initiativeChoice, initiativeName, initiativeOther }, initiatives) }));
}
