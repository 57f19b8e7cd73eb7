import { z } from "zod";
import type { RegistrationErrorTexts } from "./error-texts";
import { checkInitiativeChoice, initiativeChoiceFields, resolveInitiativeChoice, type InitiativeOption } from "./initiative-choice";
import { PERSON_NAME_MAX, personNameField } from "./person-name";
import { answerKey } from "./answer-key";

/**
 * The registration form's schema, shared by the form (react-hook-form), the server action and the
 * API. It depends on the event's extra questions, so it is built per event.
 */
export type QuestionForForm = {
  id: number;
  kind: "short_text" | "long_text" | "single_choice" | "multiple_choice" | "yes_no";
  label: string;
  help: string | null;
  required: boolean;
  options: string[];
};

export { answerKey };

const blankToUndefined = (v: unknown) => (v === null || v === "" || v === false ? undefined : v);

function answerSchema(q: QuestionForForm, t: RegistrationErrorTexts) {
  const tooLong = (max: number) => t("tooLong", { max });
  switch (q.kind) {
    case "short_text":
    case "long_text": {
      const max = q.kind === "short_text" ? 300 : 2000;
      const text = z.string().trim().max(max, tooLong(max));
      return q.required ? z.preprocess((v) => v ?? "", text.min(1, t("required"))) : z.preprocess((v) => v ?? "", text);
    }
    case "single_choice": {
      const choice = z.enum(q.options as [string, ...string[]], { error: t("choice") });
      return q.required ? z.preprocess(blankToUndefined, choice) : z.preprocess(blankToUndefined, choice.optional());
    }
    case "yes_no": {
      const choice = z.enum(["ja", "nein"], { error: t("choice") });
      return q.required ? z.preprocess(blankToUndefined, choice) : z.preprocess(blankToUndefined, choice.optional());
    }
    case "multiple_choice": {
      const list = z.array(z.enum(q.options as [string, ...string[]], { error: t("choice") }));
      const normalised = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);
      return z.preprocess(normalised, q.required ? list.min(1, t("required")) : list);
    }
  }
}

/** The fields without the cross-field rule, for forms that change only some of them (pick). */
export function registrationFieldsSchema(questions: QuestionForForm[], t: RegistrationErrorTexts) {
  const tooLong = (max: number) => t("tooLong", { max });
  const answers = z.object(Object.fromEntries(questions.map((q) => [answerKey(q.id), answerSchema(q, t)])));
  return z.object({
      firstName: personNameField({ required: t("firstName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("nameChars") }),
      lastName: personNameField({ required: t("lastName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("nameChars") }),
      email: z.string().trim().min(1, t("email")).max(254, tooLong(254)).pipe(z.email({ error: t("emailInvalid") })),
      phone: z
        .string()
        .trim()
        .max(40, tooLong(40))
        .regex(/^[0-9+()/\s-]*$/, t("phone"))
        .optional()
        .default(""),
      /** An initiative id, "andere" or "keine". */
      initiative: z.string().regex(/^(\d+|andere|keine)$/, t("initiative")),
      initiativeOther: z.string().trim().max(200, tooLong(200)).optional().default(""),
      accessibilityNeeds: z.string().trim().max(1000, tooLong(1000)).optional().default(""),
      answers: z.preprocess((v) => v ?? {}, answers),
      consent: z.preprocess((v) => v === true || v === "on" || v === "true", z.literal(true, { error: t("consent") })),
    });
}

export function registrationSchema(questions: QuestionForForm[], t: RegistrationErrorTexts) {
  return registrationFieldsSchema(questions, t).refine((value) => !(value.initiative === "andere" && !value.initiativeOther), {
      path: ["initiativeOther"],
      message: t("initiativeOther"),
      // Also while other fields are wrong, so that a person sees every problem at once.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    });
}

/**
 * The registration form as posted (lib/registrations/initiative-choice.ts: the initiative as a
 * radio choice and a typed name), checked and mapped onto the same output as registrationSchema,
 * which the commands consume. The browser checks it too, with the same list of initiatives.
 * `t` gives the error texts in the page's language (lib/registrations/error-texts.ts).
 */
export function registrationFormSchema(questions: QuestionForForm[], initiatives: InitiativeOption[], t: RegistrationErrorTexts) {
  return registrationFieldsSchema(questions, t)
    .omit({ initiative: true, initiativeOther: true })
    .extend(initiativeChoiceFields(t))
    .superRefine(checkInitiativeChoice(t))
    .transform(({ initiativeChoice, initiativeName, initiativeOther, ...rest }) => ({ ...rest, ...resolveInitiativeChoice({ initiativeChoice, initiativeName, initiativeOther }, initiatives) }));
}

export type RegistrationInput = z.output<ReturnType<typeof registrationSchema>>;
export type RegistrationFormValues = z.input<ReturnType<typeof registrationSchema>>;

/** FormData of the registration form (posted without JavaScript, too) as registrationFormSchema's input. */
export function registrationFormDataToInput(formData: FormData, questions: QuestionForForm[]): Record<string, unknown> {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const name = `answers.${answerKey(q.id)}`;
    answers[answerKey(q.id)] = q.kind === "multiple_choice" ? formData.getAll(name).filter((v): v is string => typeof v === "string") : text(name);
  }
  return {
    firstName: text("firstName"),
    lastName: text("lastName"),
    email: text("email"),
    phone: text("phone"),
    initiativeChoice: text("initiativeChoice"),
    initiativeName: text("initiativeName"),
    initiativeOther: text("initiativeOther"),
    accessibilityNeeds: text("accessibilityNeeds"),
    answers,
    consent: formData.get("consent") === "on" || formData.get("consent") === "true",
  };
}
